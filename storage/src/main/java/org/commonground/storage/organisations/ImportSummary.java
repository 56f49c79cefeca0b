package org.commonground.storage.organisations;

/**
 * What an import of an organisation list did.
 *
 * @param added organisations that were not known and now are
 * @param sectorsSet known organisations whose sector the list set or changed
 * @param unchanged known organisations the list agreed with
 */
public record ImportSummary(int added, int sectorsSet, int unchanged) {}
