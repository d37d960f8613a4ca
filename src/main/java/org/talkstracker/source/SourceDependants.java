package org.talkstracker.source;

import java.util.List;

import org.springframework.core.Ordered;
import org.talkstracker.editing.FactName;

/**
 * A feature's facts that cite a source, named for editors: they keep it from being
 * deleted. Each feature answers for its own tables; the source editor asks them all, in
 * their {@code @Order}.
 */
public interface SourceDependants extends Ordered {

	List<FactName> citing(long source);

}
