package org.commonground.bot.core.introduce;

import java.util.List;
import org.commonground.storage.members.Profile;

/**
 * The two who both said yes to a warm introduction, as they are brought together on any platform.
 *
 * @param suggesterId who suggested it, or null if they have since left or can't be in the chat
 * @param first the one who said yes first, asked to suggest a time
 * @param shared the names of the challenges both work on
 */
public record WarmIntroMeeting(
    String suggesterId, Profile first, Profile second, List<String> shared, String note) {}
