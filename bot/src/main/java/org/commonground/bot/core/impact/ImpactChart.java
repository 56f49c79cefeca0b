package org.commonground.bot.core.impact;

/**
 * A chart as an SVG document, to put in a page as it is, with the table of every number it draws
 * for those who read tables rather than charts (and for the CSV).
 */
public record ImpactChart(String svg, ImpactTable table) {}
