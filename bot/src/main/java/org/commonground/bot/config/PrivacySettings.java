package org.commonground.bot.config;

import java.util.Optional;

/**
 * What the operator says about how members' data is handled, shown in the privacy notice.
 *
 * @param controller who decides how members' data is used (the data controller)
 * @param contact whom members ask about their data, such as the data-protection officer's email
 * @param noticeUrl where the operator's full privacy notice is published
 * @param retentionMonths after how many months past pairs, deliveries and answers are anonymised
 */
public record PrivacySettings(
    String controller, Optional<String> contact, Optional<String> noticeUrl, int retentionMonths) {

  static final String DEFAULT_CONTROLLER = "the organisation that runs this network";
  static final int DEFAULT_RETENTION_MONTHS = 24;

  /**
   * The longest settings the notice is built to hold: each is shown whole in the profile form, App
   * Home and messages, and these keep every surface within Slack's limits even when escaping
   * multiplies the text. A contact of 254 fits the longest email address there can be.
   */
  public static final int CONTROLLER_MAX = 200;

  public static final int CONTACT_MAX = 254;
  public static final int NOTICE_URL_MAX = 2000;

  static PrivacySettings read(EnvironmentReader read) {
    return new PrivacySettings(
        atMost(
            EnvironmentVariable.PRIVACY_CONTROLLER,
            read.text(EnvironmentVariable.PRIVACY_CONTROLLER, DEFAULT_CONTROLLER),
            CONTROLLER_MAX),
        read.optionalText(EnvironmentVariable.PRIVACY_CONTACT)
            .map(contact -> atMost(EnvironmentVariable.PRIVACY_CONTACT, contact, CONTACT_MAX)),
        read.optionalPage(
                EnvironmentVariable.PRIVACY_NOTICE_URL, "https://example.org/common-ground-privacy")
            .map(url -> atMost(EnvironmentVariable.PRIVACY_NOTICE_URL, url, NOTICE_URL_MAX)),
        read.positiveInt(EnvironmentVariable.RETENTION_MONTHS, DEFAULT_RETENTION_MONTHS));
  }

  private static String atMost(EnvironmentVariable variable, String value, int max) {
    if (value.length() > max) {
      throw new SettingsException(
          variable.name()
              + " is "
              + value.length()
              + " characters long: it is shown whole in Slack, so keep it to "
              + max
              + " at most");
    }
    return value;
  }
}
