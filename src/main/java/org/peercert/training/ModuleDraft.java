package org.peercert.training;

/** A module of a curriculum version being written: its title and its length in hours as typed (2, 1.5). */
public record ModuleDraft(String title, String hours) {
}
