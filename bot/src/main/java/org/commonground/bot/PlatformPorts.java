package org.commonground.bot;

import com.slack.api.methods.MethodsClient;
import java.util.Optional;
import org.commonground.bot.core.consent.ConsentRequestMessages;
import org.commonground.bot.core.digest.DigestChannels;
import org.commonground.bot.core.digest.DigestRedraw;
import org.commonground.bot.core.digest.MatchMessages;
import org.commonground.bot.core.introduce.WarmIntroMessages;
import org.commonground.bot.core.meetings.MeetingMessages;
import org.commonground.bot.core.meetings.OutcomeMessages;
import org.commonground.bot.core.notices.OffSlackNotices;
import org.commonground.bot.core.privacy.DigestRewriter;
import org.commonground.bot.core.privacy.OtherPlatformMessages;
import org.commonground.bot.core.programme.BreakNotices;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.SlackPeople;
import org.commonground.bot.slack.SlackRemovals;
import org.commonground.bot.slack.consent.SlackConsentRequestMessages;
import org.commonground.bot.slack.digest.SlackCrossPlatformIntroSender;
import org.commonground.bot.slack.digest.SlackDigestChannel;
import org.commonground.bot.slack.digest.SlackMatchMessages;
import org.commonground.bot.slack.introduce.SlackWarmIntroMessages;
import org.commonground.bot.slack.meetings.SlackMeetingMessages;
import org.commonground.bot.slack.meetings.SlackOutcomeMessages;
import org.commonground.bot.slack.privacy.SlackDigestRewriter;
import org.commonground.bot.slack.rounds.SlackBreakNotices;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.consent.MixedConsentRequests;
import org.commonground.bot.teams.digest.CrossPlatformIntroductions;
import org.commonground.bot.teams.digest.MixedMatchMessages;
import org.commonground.bot.teams.digest.TeamsDigestChannels;
import org.commonground.bot.teams.introductions.MixedWarmIntroMessages;
import org.commonground.bot.teams.meetings.MixedMeetingMessages;
import org.commonground.bot.teams.meetings.MixedOutcomeMessages;
import org.commonground.bot.teams.notices.MixedBreakNotices;
import org.commonground.bot.teams.notices.TeamsNotices;
import org.commonground.bot.teams.privacy.MixedDigestRewriter;
import org.commonground.bot.teams.privacy.TeamsMessageRemover;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.teams.TeamsUsers;

/**
 * Part of the composition root: the one place that decides, for each way the core reaches a member,
 * whether it is Slack's alone or, with Teams on, one that reaches Teams members on Teams and
 * everyone else on Slack.
 */
final class PlatformPorts {

  private final MethodsClient slack;
  private final Optional<BotConnector> teams;
  private final TeamsUsers teamsUsers;

  PlatformPorts(MethodsClient slack, Optional<BotConnector> teams, TeamsUsers teamsUsers) {
    this.slack = slack;
    this.teams = teams;
    this.teamsUsers = teamsUsers;
  }

  /** Where the weekly digest goes. */
  DigestChannels digestChannels() {
    DigestChannels onSlack = SlackDigestChannel.forEveryone(slack);
    return teams
        .<DigestChannels>map(connector -> new TeamsDigestChannels(teamsUsers, connector, onSlack))
        .orElse(onSlack);
  }

  /** Notices to members, such as a new privacy notice: Teams members are told on Teams. */
  OffSlackNotices offSlackNotices() {
    return teams
        .<OffSlackNotices>map(connector -> new TeamsNotices(teamsUsers, connector))
        .orElse(OffSlackNotices.NONE);
  }

  /** Requests to agree to a new privacy notice: a DM, or a card for Teams members. */
  ConsentRequestMessages consentRequestMessages() {
    ConsentRequestMessages onSlack = new SlackConsentRequestMessages(slack);
    return teams
        .<ConsentRequestMessages>map(
            connector -> new MixedConsentRequests(onSlack, teamsUsers, connector))
        .orElse(onSlack);
  }

  /** "No introductions this week", when a break leaves a week without a round. */
  BreakNotices breakNotices() {
    BreakNotices onSlack = new SlackBreakNotices(slack);
    return teams
        .<BreakNotices>map(connector -> new MixedBreakNotices(onSlack, teamsUsers, connector))
        .orElse(onSlack);
  }

  /** A digest drawn again after an erasure, where it was delivered. */
  DigestRewriter digestRewriter(SlackRemovals removals, DigestRedraw redraw) {
    DigestRewriter onSlack = new SlackDigestRewriter(removals, redraw);
    return teams
        .<DigestRewriter>map(
            connector -> new MixedDigestRewriter(onSlack, teamsUsers, connector, redraw))
        .orElse(onSlack);
  }

  /** Messages the app sent outside Slack and takes back, such as an export sent in Teams. */
  OtherPlatformMessages otherPlatformMessages() {
    return teams
        .<OtherPlatformMessages>map(TeamsMessageRemover::new)
        .orElse(OtherPlatformMessages.NONE);
  }

  /** Answers to matches: Slack's group DMs, or each member told on their own platform. */
  MatchMessages matchMessages(Poster poster, DirectMessages direct, DigestRedraw redraw) {
    MatchMessages onSlack = new SlackMatchMessages(poster, direct, redraw);
    return teams
        .<MatchMessages>map(
            connector ->
                new MixedMatchMessages(
                    onSlack, teamsUsers, connector, eachTold(connector, poster), redraw))
        .orElse(onSlack);
  }

  /** Warm introductions: Slack's DMs and group DM, or each person on their own platform. */
  WarmIntroMessages warmIntroMessages(Poster poster, DirectMessages direct) {
    WarmIntroMessages onSlack = new SlackWarmIntroMessages(poster, direct);
    return teams
        .<WarmIntroMessages>map(
            connector ->
                new MixedWarmIntroMessages(
                    onSlack, teamsUsers, connector, eachTold(connector, poster)))
        .orElse(onSlack);
  }

  /** Members no chat can hold together, each told of the other on their own platform. */
  private CrossPlatformIntroductions eachTold(BotConnector connector, Poster poster) {
    return new CrossPlatformIntroductions(
        teamsUsers, connector, new SlackPeople(slack), new SlackCrossPlatformIntroSender(poster));
  }

  /** "Did you meet?", on each member's own platform. */
  MeetingMessages meetingMessages(OwnMessages own, SentMessages sent) {
    MeetingMessages onSlack = new SlackMeetingMessages(own);
    return teams
        .<MeetingMessages>map(
            connector -> new MixedMeetingMessages(onSlack, teamsUsers, connector, sent))
        .orElse(onSlack);
  }

  /** "What came of it?", on each member's own platform. */
  OutcomeMessages outcomeMessages(OwnMessages own) {
    OutcomeMessages onSlack = new SlackOutcomeMessages(own);
    return teams
        .<OutcomeMessages>map(connector -> new MixedOutcomeMessages(onSlack, teamsUsers, connector))
        .orElse(onSlack);
  }
}
