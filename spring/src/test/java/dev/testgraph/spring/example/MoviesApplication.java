package dev.testgraph.spring.example;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small Spring Data Neo4j application: movies, people and who acted in what. */
@SpringBootApplication
public class MoviesApplication {}
