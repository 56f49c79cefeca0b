package org.commonground.bot.core.notices;

/**
 * Notices for members who are not on Slack. The flows that DM members build Slack messages, most
 * with buttons; a member on Teams has an Entra object id for a user id, which Slack would only
 * refuse, so each flow offers its words here first and posts its Slack message only when this
 * leaves the member to Slack.
 */
@FunctionalInterface
public interface OffSlackNotices {

  /** A network on Slack alone: everyone is left to Slack. */
  OffSlackNotices NONE = (userId, mrkdwn) -> false;

  /**
   * Tells a member who is not on Slack {@code mrkdwn}, the app's own words in Slack's mrkdwn, on
   * their own platform.
   *
   * @return false, telling nothing, when the member is on Slack: the caller then sends its Slack
   *     message
   */
  boolean told(String userId, String mrkdwn);
}
