package org.commonground.storage.messages;

/** Where a message the app sent landed in Slack: its conversation and timestamp. */
public record SentMessage(String channel, String ts) {}
