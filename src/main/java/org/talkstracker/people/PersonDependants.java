package org.talkstracker.people;

import java.util.List;

import org.springframework.core.Ordered;
import org.talkstracker.editing.FactName;

/**
 * A feature's records where a person appears, named for editors: they keep the person
 * from being deleted. Each feature answers for its own tables; the person editor asks
 * them all, in their {@code @Order}.
 */
public interface PersonDependants extends Ordered {

	List<FactName> of(long person);

}
