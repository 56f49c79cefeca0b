package org.commonground.bot.core.privacy;

import org.commonground.bot.core.delivery.Removal;
import org.commonground.storage.copies.SlackCopy;

/** What became of one of the app's copies of a member's data, for the message that tells them. */
public record RemovedCopy(SlackCopy.Kind kind, Removal.Outcome outcome) {}
