package dev.testgraph.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

@ExtendWith(HarnessExtension.class)
class HarnessSmokeTest {
    static void print(Plan p, String indent) {
        System.out.println(indent + p.operatorType() + " " + p.arguments() + " " + p.identifiers());
        for (Plan c : p.children()) print(c, indent + "  ");
    }
    @Test
    void runs(Driver driver) {
        driver.executableQuery("CREATE INDEX FOR (p:Person) ON (p.email)").execute();
        driver.executableQuery("CREATE INDEX FOR ()-[r:KNOWS]-() ON (r.since)").execute();
        driver.executableQuery("CREATE INDEX FOR (p:`My Label`) ON (p.`a b`, p.c)").execute();
        driver.executableQuery("CALL db.awaitIndexes()").execute();
        var r = driver.executableQuery("CREATE (n:P {a: 1}) RETURN n").execute();
        assertThat(r.records()).hasSize(1);
        System.out.println(r.summary().gqlStatusObjects());
        System.out.println(r.summary().notifications());
        print(driver.executableQuery("EXPLAIN MATCH (p:Person {email: 'x'}) RETURN p").execute().summary().plan(), "");
        print(driver.executableQuery("EXPLAIN MATCH ()-[r:KNOWS {since: 1}]->() RETURN r").execute().summary().plan(), "");
        print(driver.executableQuery("EXPLAIN MATCH (p:`My Label` {`a b`: 1, c: 2}) RETURN p").execute().summary().plan(), "");
        print(driver.executableQuery("PROFILE MATCH (p:Person) WHERE p.email STARTS WITH 'x' RETURN p").execute().summary().profile(), "");
        var s = driver.executableQuery("MATCH (a), (b) RETURN a, b").execute().summary();
        System.out.println(s.notifications());
        s.notifications().forEach(n -> System.out.println(n.code() + " " + n.severity() + " " + n.severityLevel() + " " + n.title()));
        s.gqlStatusObjects().forEach(n -> System.out.println(n.getClass() + " " + n.gqlStatus() + " " + n.statusDescription()));
        System.out.println(s.queryType() + " " + s.counters());
    }
}
