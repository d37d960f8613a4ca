package org.talkstracker.search;

import java.util.Map;

/**
 * Which published rounds a filter selects: an SQL condition over
 * {@code round r join process p}, and its named parameters.
 */
public record RoundCondition(String sql, Map<String, Object> parameters) {
}
