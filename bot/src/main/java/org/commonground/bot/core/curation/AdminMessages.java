package org.commonground.bot.core.curation;

/** Sends an admin an answer that comes later than their command, in a message of its own. */
@FunctionalInterface
public interface AdminMessages {

  void send(String adminId, Reply reply);
}
