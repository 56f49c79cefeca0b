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

  static PrivacySettings read(EnvironmentReader read) {
    return new PrivacySettings(
        read.text(EnvironmentVariable.PRIVACY_CONTROLLER, DEFAULT_CONTROLLER),
        read.optionalText(EnvironmentVariable.PRIVACY_CONTACT),
        read.optionalUrl(EnvironmentVariable.PRIVACY_NOTICE_URL),
        read.positiveInt(EnvironmentVariable.RETENTION_MONTHS, DEFAULT_RETENTION_MONTHS));
  }
}
