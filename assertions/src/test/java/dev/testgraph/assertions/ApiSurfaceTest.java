package dev.testgraph.assertions;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** What users can reach: the module exports the API package only; the base of the assertions is public abstract. */
class ApiSurfaceTest {

    @Test
    void the_module_exports_only_the_api_package() throws URISyntaxException {
        Path classes = Path.of(Neo4jAssertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module = ModuleFinder.of(classes).find("dev.testgraph.assertions").orElseThrow().descriptor();

        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)
                .containsExactly(Tuple.tuple("dev.testgraph.assertions", Set.of()));
        assertThat(module.opens()).isEmpty();
    }

    @Test
    void the_base_of_the_assertions_is_public_abstract_like_assertj_bases() {
        int modifiers = Neo4jAbstractAssert.class.getModifiers();

        assertThat(Modifier.isPublic(modifiers) && Modifier.isAbstract(modifiers)).isTrue();
    }
}
