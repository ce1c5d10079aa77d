package dev.testgraph.spring.example;

import java.util.List;
import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** An ACTED_IN relationship with the roles played. */
@RelationshipProperties
public class Role {

    @RelationshipId
    private String id;

    @TargetNode
    private final Person person;

    private final List<String> roles;

    public Role(Person person, List<String> roles) {
        this.person = person;
        this.roles = roles;
    }

    public String getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public List<String> getRoles() {
        return roles;
    }
}
