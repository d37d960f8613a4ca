package org.talkstracker.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends JpaRepository<Source, Long> {

	List<Source> findBySlugIn(Collection<String> slugs);

	Optional<Source> findBySlug(String slug);

	List<Source> findAllByOrderByPublisherAscTitleAsc();

	/**
	 * The first sources whose address may be this one, found through the trigram index of
	 * what sources are searched by (V29) however many there are.
	 * @param containing the address without scheme, {@code www.} or trailing slash, as a
	 * pattern for {@code ilike}
	 */
	@Query(nativeQuery = true, value = """
			select * from source
			where source_search_text(publisher, title, url) ilike :containing
			order by id limit 20""")
	List<Source> findAtAddressLike(String containing);

}
