package org.commonground.bot.core.settings;

import java.time.Clock;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.programme.ProgrammeSource;
import org.commonground.bot.core.programme.RoundTimer;
import org.commonground.storage.Stores;

/**
 * What admins change in the convenor's console instead of environment variables and a restart: the
 * round's schedule and breaks, the places list, the admins, the network's own words and the privacy
 * notice's fields. Each change is audited, and applies on every replica at once. The environment's
 * values stay the defaults.
 */
public record NetworkSettings(
    ScheduleSettings schedule,
    PlaceSettings places,
    AdminSettings admins,
    NetworkTexts texts,
    NoticeSettings notice) {

  /**
   * @param askMembersAgain has members asked at once to agree to a changed privacy notice
   */
  public static NetworkSettings create(
      Stores stores,
      Settings environment,
      ProgrammeSource programme,
      RoundTimer timer,
      Runnable askMembersAgain,
      Clock clock) {
    return new NetworkSettings(
        new ScheduleSettings(
            programme, stores.savedSettings(), stores.programmeBreaks(), timer, clock),
        new PlaceSettings(stores.savedSettings(), environment.places()),
        new AdminSettings(environment.adminUserIds(), stores.networkAdmins()),
        new NetworkTexts(stores.savedSettings()),
        new NoticeSettings(stores.savedSettings(), environment.privacy(), askMembersAgain));
  }
}
