package org.commonground.bot.introduce;

/** The privacy notice members agree to, versioned so consent can be traced to the words shown. */
public final class PrivacyNotice {

  public static final String VERSION = "2026-11";

  /** Who a member's profile is shown to, in the words of the notice. */
  public static final String WHO_SEES_IT =
      "members you're matched with and the network's admins. Nothing goes outside this Slack"
          + " workspace.";

  static final String CONSENT_LABEL =
      "I agree to share my profile with the people I'm matched with";

  public static final String CONSENT_DETAIL =
      "Your name, organisation, role, place, challenges and what you're working on are shown to"
          + " members you're matched with and to the network's admins. Nothing goes outside this"
          + " Slack workspace. You can pause, download or delete your data at any time.";

  private PrivacyNotice() {}
}
