package org.songbungraph.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Spring integration tests: the application in remote mode against the shared
 * {@link TestNeo4j} server (a Testcontainers neo4j:5.26 with Docker, the in-process server without).
 * All subclasses share one cached Spring context.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
public abstract class GraphTest {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        TestNeo4j.get().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    protected static TestNeo4j neo4j() {
        return TestNeo4j.get();
    }
}
