package dev.testgraph.integration.procedures;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

/**
 * A function that needs a library Neo4j does not ship (Apache Commons Math): in a container it works only when the
 * test lists the library in {@code procedureDependencies}.
 */
public class Statistics {

    @UserFunction(name = "it.stats.median")
    public Double median(@Name("values") List<Double> values) {
        DescriptiveStatistics statistics = new DescriptiveStatistics();
        values.forEach(statistics::addValue);
        return statistics.getPercentile(50);
    }
}
