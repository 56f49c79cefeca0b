package org.commonground.bot.core.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.commonground.bot.config.PrivacySettings;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.views.Markup;

/**
 * The privacy notice members agree to, in the operator's words: who the controller is, whom to ask,
 * how long data is kept and where the full notice is. A short form sits above the consent checkbox
 * of the profile form; the full form is in {@code /introduce help}, App Home and the request to
 * agree again.
 *
 * <p>Its {@link #version()} is the wording's version, compiled in, followed by a short hash of the
 * settings the notice states. Changing the words (a new {@link #WORDING}) or any of those settings
 * changes what members agreed to, so it makes a new version and every member is asked to agree
 * again; replicas with the same settings agree on the version without sharing any state, and
 * settings put back as they were return to the version members had agreed to.
 *
 * <p>The settings are read each time the notice is shown ({@link #over}), since an admin can change
 * them in the console while the app runs; {@link #current()} fixes them for one message, so its
 * words and version agree.
 */
public final class PrivacyNotice {

  /** The version of the wording below; change it whenever the words change. */
  static final String WORDING = "2026-12b";

  /** Said when the operator names no contact. */
  static final String DEFAULT_CONTACT = "the network's admins";

  /** Who a member's profile is shown to. */
  private static final String WHO_SEES_IT =
      "members you're matched with and the network's admins, in Slack or Microsoft Teams,"
          + " whichever each uses. Your work email is shared only with a match who, like you,"
          + " says Intro me, so that you can reach each other across the two.";

  /** The checkbox's option, within Slack's 75 characters. */
  public static final String CONSENT_LABEL =
      "I agree to share my profile with the people I'm matched with";

  private final Supplier<PrivacySettings> settings;
  private final int inactiveProfileMonths;

  private PrivacyNotice(Supplier<PrivacySettings> settings, int inactiveProfileMonths) {
    this.settings = settings;
    this.inactiveProfileMonths = inactiveProfileMonths;
  }

  PrivacyNotice(PrivacySettings settings, int inactiveProfileMonths) {
    this(() -> settings, inactiveProfileMonths);
  }

  /** The notice the environment's settings make. */
  public static PrivacyNotice of(Settings settings) {
    return new PrivacyNotice(settings.privacy(), settings.inactiveProfileMonths());
  }

  /** The notice as {@code settings} say now, each time it is shown. */
  public static PrivacyNotice over(Supplier<PrivacySettings> settings, int inactiveProfileMonths) {
    return new PrivacyNotice(settings, inactiveProfileMonths);
  }

  /** The notice as it stands, fixed: for one message, whose parts must all say the same. */
  public PrivacyNotice current() {
    return new PrivacyNotice(settings.get(), inactiveProfileMonths);
  }

  /**
   * The version members agree to, such as {@code 2026-12b.1a2b3c4}: 16 characters, the width of the
   * column that keeps it.
   */
  public String version() {
    return WORDING + "." + hash(substance(settings.get()));
  }

  /** The operator's full notice, when they publish one. */
  public Optional<String> fullNoticeUrl() {
    return settings.get().noticeUrl();
  }

  /** The short form, mrkdwn, shown above the consent checkbox. */
  public String shortText() {
    return shortText(Markup::escape);
  }

  /**
   * The short form in another platform's markup: {@code escape} makes the operator's settings
   * literal in it, as {@link Markup#escape} does for mrkdwn.
   */
  public String shortText(UnaryOperator<String> escape) {
    PrivacySettings settings = this.settings.get();
    return "Your name, organisation, role, place, challenges and what you're working on are shown"
        + " to "
        + WHO_SEES_IT
        + " Your data is held by "
        + escape.apply(settings.controller())
        + ", which anonymises past matches after "
        + months(settings.retentionMonths())
        + ". Questions: "
        + escape.apply(contactOrDefault(settings))
        + ". You can pause, download or delete your data at any time.";
  }

  /** The full form, mrkdwn, one paragraph each, every one well within a section's 3,000. */
  public List<String> paragraphs() {
    PrivacySettings settings = this.settings.get();
    return List.of(
        "*Who is responsible:* "
            + Markup.escape(settings.controller())
            + ", the data controller for Common Ground. Ask "
            + Markup.escape(contactOrDefault(settings))
            + " about your data or this notice.",
        "*What we keep:* your name and job title from Slack, or your name and work email from"
            + " Teams; your organisation, sector, role,"
            + " place, challenges, what you can offer and are looking for, what you're working on,"
            + " your settings, your matches and your answers to them, and each time you agreed to"
            + " this notice.\n*Why:* to introduce you to people in other organisations who work"
            + " on the same challenges.\n*Who sees it:* "
            + WHO_SEES_IT,
        "*How long:* past matches, digests and answers are anonymised after "
            + months(settings.retentionMonths())
            + ". A profile unused for "
            + months(inactiveProfileMonths)
            + " is deleted, after a warning.\n*Your choices:* pause or change your matches in"
            + " the app's *Home* tab, download everything with `/introduce export`, delete it"
            + " all with `/introduce delete` (in Teams, send *introduce export* or *introduce"
            + " delete*).");
  }

  /** The full form as plain text, for the export file. */
  public String plainText() {
    return Markup.plain(String.join("\n", paragraphs()));
  }

  private static String contactOrDefault(PrivacySettings settings) {
    return settings.contact().orElse(DEFAULT_CONTACT);
  }

  private static String months(int months) {
    return months == 1 ? "1 month" : months + " months";
  }

  /** Every setting the notice states, so that a change to any of them makes a new version. */
  private String substance(PrivacySettings settings) {
    return String.join(
        "\n",
        settings.controller(),
        settings.contact().orElse(""),
        settings.noticeUrl().orElse(""),
        Integer.toString(settings.retentionMonths()),
        Integer.toString(inactiveProfileMonths));
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      // Seven characters: with the wording's eight and the dot, the column's sixteen.
      return HexFormat.of().formatHex(digest, 0, 4).substring(0, 7);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
