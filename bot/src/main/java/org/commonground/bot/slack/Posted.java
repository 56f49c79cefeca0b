package org.commonground.bot.slack;

/** Where a message the app posted landed: the channel id (a D… id for a DM) and its timestamp. */
public record Posted(String channel, String ts) {}
