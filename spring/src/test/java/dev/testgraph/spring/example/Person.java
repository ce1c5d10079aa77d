package dev.testgraph.spring.example;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A person, keyed by name. */
@Node
public class Person {

    @Id
    private final String name;

    private final Integer born;

    public Person(String name, Integer born) {
        this.name = name;
        this.born = born;
    }

    public String getName() {
        return name;
    }

    public Integer getBorn() {
        return born;
    }
}
