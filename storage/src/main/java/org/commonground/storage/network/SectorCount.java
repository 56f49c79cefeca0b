package org.commonground.storage.network;

import org.commonground.storage.organisations.Sector;

/** How many active members work in a sector. */
public record SectorCount(Sector sector, int members) {}
