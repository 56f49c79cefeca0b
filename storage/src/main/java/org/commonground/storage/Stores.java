package org.commonground.storage;

import java.time.Clock;
import java.util.function.Supplier;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.console.ConsoleSessions;
import org.commonground.storage.copies.SlackCopies;
import org.commonground.storage.events.ProcessedEvents;
import org.commonground.storage.impact.ImpactFigures;
import org.commonground.storage.members.MemberConsent;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.members.PeopleToMeet;
import org.commonground.storage.members.ProfileChoices;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.network.NetworkFigures;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.commonground.storage.organisations.OrganisationTenants;
import org.commonground.storage.outcomes.OutcomeAnswers;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.privacy.MemberDataExport;
import org.commonground.storage.requests.SeenRequests;
import org.commonground.storage.retention.RoundRetention;
import org.commonground.storage.rounds.AutoPauses;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.Eligibility;
import org.commonground.storage.rounds.MatchAnswers;
import org.commonground.storage.rounds.MeetingQuestions;
import org.commonground.storage.rounds.MemberPairs;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.settings.NetworkAdmins;
import org.commonground.storage.settings.ProgrammeBreaks;
import org.commonground.storage.settings.SavedSettings;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.tags.TagSuggestions;
import org.commonground.storage.teams.TeamsUsers;
import org.commonground.storage.warmintros.WarmIntros;
import org.jdbi.v3.core.Jdbi;

/**
 * Every facade over the database, so that the rest of the app asks for what it stores instead of
 * holding a Jdbi handle. The tag and organisation catalogues keep their lists in memory until the
 * database changes, so there is one of each, shared; every other call builds a new facade, as they
 * hold nothing but the database.
 */
public final class Stores {

  private final Jdbi jdbi;
  private final Clock clock;
  private final TagCatalogue tags;
  private final OrganisationCatalogue organisations;

  public Stores(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.clock = clock;
    this.tags = new TagCatalogue(jdbi, clock);
    this.organisations = new OrganisationCatalogue(jdbi, clock);
  }

  public ProfileStore profiles() {
    return new ProfileStore(jdbi, clock);
  }

  public ProfileChoices profileChoices(TagCatalogue tags, OrganisationCatalogue organisations) {
    return new ProfileChoices(jdbi, tags, organisations);
  }

  public MemberStatus memberStatus() {
    return new MemberStatus(jdbi);
  }

  public MemberConsent memberConsent() {
    return new MemberConsent(jdbi, clock);
  }

  /**
   * @param noticeVersion the current privacy notice's version, which those named must have agreed
   *     to
   */
  public PeopleToMeet peopleToMeet(Supplier<String> noticeVersion) {
    return new PeopleToMeet(jdbi, noticeVersion);
  }

  public ConsoleSessions consoleSessions() {
    return new ConsoleSessions(jdbi);
  }

  public TeamsUsers teamsUsers() {
    return new TeamsUsers(jdbi, clock);
  }

  public TagCatalogue tags() {
    return tags;
  }

  public TagSuggestions tagSuggestions(int maxChallenges) {
    return new TagSuggestions(jdbi, clock, maxChallenges);
  }

  public OrganisationCatalogue organisations() {
    return organisations;
  }

  public OrganisationTenants organisationTenants() {
    return new OrganisationTenants(jdbi, clock);
  }

  public BlockList blocks() {
    return new BlockList(jdbi, clock);
  }

  public NetworkFigures networkFigures() {
    return new NetworkFigures(jdbi);
  }

  public ImpactFigures impactFigures() {
    return new ImpactFigures(jdbi);
  }

  public RoundStore rounds() {
    return new RoundStore(jdbi);
  }

  public Deliveries deliveries() {
    return new Deliveries(jdbi);
  }

  /**
   * @param noticeVersion the version of the privacy notice members must have agreed to
   */
  public Eligibility eligibility(Supplier<String> noticeVersion) {
    return new Eligibility(jdbi, noticeVersion);
  }

  public AutoPauses autoPauses() {
    return new AutoPauses(jdbi);
  }

  public MatchAnswers matchAnswers() {
    return new MatchAnswers(jdbi, clock);
  }

  public MemberPairs memberPairs() {
    return new MemberPairs(jdbi);
  }

  public MeetingQuestions meetingQuestions() {
    return new MeetingQuestions(jdbi);
  }

  public OutcomeAnswers outcomeAnswers() {
    return new OutcomeAnswers(jdbi);
  }

  public WarmIntros warmIntros() {
    return new WarmIntros(jdbi, clock);
  }

  public SentMessages sentMessages() {
    return new SentMessages(jdbi, clock);
  }

  public SlackCopies slackCopies() {
    return new SlackCopies(jdbi, clock);
  }

  public MemberDataExport memberDataExport() {
    return new MemberDataExport(jdbi);
  }

  public MemberDataEraser memberDataEraser() {
    return new MemberDataEraser(jdbi, clock);
  }

  public RoundRetention roundRetention() {
    return new RoundRetention(jdbi, clock);
  }

  public SavedSettings savedSettings() {
    return new SavedSettings(jdbi, clock);
  }

  public ProgrammeBreaks programmeBreaks() {
    return new ProgrammeBreaks(jdbi, clock);
  }

  public NetworkAdmins networkAdmins() {
    return new NetworkAdmins(jdbi, clock);
  }

  public SeenRequests seenRequests() {
    return new SeenRequests(jdbi);
  }

  public ProcessedEvents processedEvents() {
    return new ProcessedEvents(jdbi, clock);
  }
}
