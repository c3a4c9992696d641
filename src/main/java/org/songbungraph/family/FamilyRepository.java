package org.songbungraph.family;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/**
 * The simple reads of families. It exposes only finders, not Neo4jRepository's save and delete: the analyst
 * commands never change the graph, so no write method is there to call by mistake. Spring Data still backs
 * these with its Neo4j repository implementation.
 */
interface FamilyRepository extends Repository<Family, String> {

    List<Family> findAll(Sort sort);

    Optional<Family> findById(String id);
}
