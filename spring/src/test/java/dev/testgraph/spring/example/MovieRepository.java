package dev.testgraph.spring.example;

import java.util.List;
import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

/** Movies: a derived query and a custom Cypher query. */
public interface MovieRepository extends Neo4jRepository<Movie, String> {

    /** Derived from its name. */
    List<Movie> findByReleasedGreaterThanOrderByTitle(int year);

    /** The people who acted in a movie with the given person, by name. */
    @Query("MATCH (:Person {name: $name})-[:ACTED_IN]->(:Movie)<-[:ACTED_IN]-(co:Person) "
            + "RETURN DISTINCT co.name ORDER BY co.name")
    List<String> findCoActorNames(String name);
}
