package dev.testgraph.spring.example;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A movie, keyed by its title, with the people who acted in it. */
@Node
public class Movie {

    @Id
    private final String title;

    private final Integer released;

    @Relationship(type = "ACTED_IN", direction = Relationship.Direction.INCOMING)
    private final List<Role> actors;

    public Movie(String title, Integer released, List<Role> actors) {
        this.title = title;
        this.released = released;
        this.actors = actors == null ? new ArrayList<>() : new ArrayList<>(actors);
    }

    public String getTitle() {
        return title;
    }

    public Integer getReleased() {
        return released;
    }

    public List<Role> getActors() {
        return actors;
    }
}
