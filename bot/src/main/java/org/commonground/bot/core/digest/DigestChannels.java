package org.commonground.bot.core.digest;

import org.commonground.storage.members.Profile;

/** Which channel each member's digest goes out on: the platform they use Common Ground in. */
@FunctionalInterface
public interface DigestChannels {

  DigestChannel forRecipient(Profile recipient);
}
