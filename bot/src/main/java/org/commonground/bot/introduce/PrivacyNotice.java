package org.commonground.bot.introduce;

/** The privacy notice members agree to, versioned so consent can be traced to the words shown. */
final class PrivacyNotice {

  static final String VERSION = "2026-11";

  static final String CONSENT_LABEL =
      "I agree to share my profile with the people I'm matched with";

  static final String CONSENT_DETAIL =
      "Your name, organisation, role, place, challenges and what you're working on are shown to"
          + " members you're matched with and to the network's admins. Nothing goes outside this"
          + " Slack workspace. You can pause, download or delete your data at any time.";

  private PrivacyNotice() {}
}
