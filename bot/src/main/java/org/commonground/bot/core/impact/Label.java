package org.commonground.bot.core.impact;

/** A cell of words: an organisation's or challenge's name, a sector, a note. Not yet escaped. */
public record Label(String text) implements Cell {}
