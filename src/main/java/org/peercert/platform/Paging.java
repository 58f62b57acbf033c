package org.peercert.platform;

import java.util.List;

/** One page of a longer list, with the total so pages can be counted. */
public record Paging<T>(List<T> rows, long total) {
}
