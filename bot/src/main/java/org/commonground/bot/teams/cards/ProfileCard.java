package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.introduce.ProfileLabels;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.tags.Tag;

/**
 * The profile form as a card, with the Slack form's fields, limits and words. A refused saving
 * draws it again with the values entered, a summary at the top and each field's message under it.
 */
public final class ProfileCard {

  /**
   * What the card is built from.
   *
   * @param errors messages by input id, as {@code ProfileForm} reports them; empty when opening
   * @param introChannel whether introductions can be posted in a channel, which the form offers
   */
  public record Content(
      List<Tag> activeTags,
      List<Organisation> organisations,
      List<String> places,
      ProfileValues values,
      Map<String, String> errors,
      boolean introChannel,
      PrivacyNotice notice) {}

  private final Content content;
  private final List<JsonObject> body = new ArrayList<>();

  private ProfileCard(Content content) {
    this.content = content;
  }

  public static JsonObject message(Content content) {
    return CardMessage.of(card(content), ProfileLabels.TITLE);
  }

  public static AdaptiveCard card(Content content) {
    return new ProfileCard(content).build();
  }

  private AdaptiveCard build() {
    ProfileValues values = content.values();
    body.add(TextBlock.heading(ProfileLabels.TITLE));
    body.add(TextBlock.of(CardMarkdown.fromMarkup(ProfileLabels.INTRO)).json());
    summary();
    organisation(values);
    field(ProfilePickers.sector(values.sector()));
    field(ProfileCardFields.role(values.role()));
    field(ProfilePickers.place(content.places(), values.place()));
    tagFields(values);
    field(ProfilePickers.matchesPerWeek(values.matchesPerWeek()));
    body.addAll(NoticeText.shortForm(content.notice()));
    List<JsonObject> read = NoticeText.readAction(content.notice());
    if (!read.isEmpty()) {
      body.add(CardActions.actionSet(read));
    }
    field(ProfileCardFields.consent(values.consent()));
    if (content.introChannel()) {
      field(ProfileCardFields.share(values.shareInChannel()));
    }
    return AdaptiveCard.of(body).actions(List.of(save()));
  }

  private void summary() {
    int count = content.errors().size();
    if (count > 0) {
      String fields = count == 1 ? "1 answer needs" : count + " answers need";
      body.add(
          TextBlock.of("Nothing is saved yet: " + fields + " another look, marked below.")
              .bold()
              .attention()
              .json());
    }
  }

  private void organisation(ProfileValues values) {
    List<Organisation> organisations = content.organisations();
    ChoiceBudget budget = budget();
    if (!organisations.isEmpty()) {
      field(
          ProfilePickers.organisation(
              organisations, values.organisationId(), budget.listOrganisations()));
    }
    boolean onlyWay = organisations.isEmpty();
    field(
        ProfileCardFields.newOrganisation(values.newOrganisation(), onlyWay),
        onlyWay ? ProfileLabels.ONLY_ORGANISATION_HINT : ProfileLabels.NEW_ORGANISATION_HINT);
  }

  private void tagFields(ProfileValues values) {
    boolean listed = budget().listTags();
    List<Tag> tags = content.activeTags();
    field(
        ProfilePickers.tags(
                CardIds.CHALLENGES, ProfileLabels.CHALLENGES, tags, values.challenges(), listed)
            .placeholder(ProfileLabels.CHALLENGES_PLACEHOLDER)
            .required(ProfileLabels.CHALLENGES_MISSING)
            .json(),
        ProfileLabels.CHALLENGES_HINT);
    field(ProfileCardFields.suggestion(values.suggestion()), ProfileLabels.SUGGESTION_HINT);
    field(ProfileCardFields.workingOn(values.workingOn()));
    field(optionalTags(CardIds.OFFERS, ProfileLabels.OFFERS, values.offers(), listed));
    field(optionalTags(CardIds.ASKS, ProfileLabels.ASKS, values.asks(), listed));
  }

  private JsonObject optionalTags(String id, String label, List<Integer> picked, boolean listed) {
    return ProfilePickers.tags(id, label, content.activeTags(), picked, listed)
        .placeholder(ProfileLabels.OFFERS_OR_ASKS_PLACEHOLDER)
        .json();
  }

  private ChoiceBudget budget() {
    return new ChoiceBudget(
        content.organisations().stream().map(Organisation::name).toList(),
        content.activeTags().stream().map(Tag::name).toList(),
        3);
  }

  private void field(JsonObject input) {
    field(input, null);
  }

  /** An input, its hint if any, and the message about what was entered in it if any. */
  private void field(JsonObject input, String hint) {
    body.add(input);
    if (hint != null) {
      body.add(TextBlock.of(hint).subtle().size("Small").tight().json());
    }
    Optional.ofNullable(content.errors().get(input.get("id").getAsString()))
        .ifPresent(
            error -> body.add(TextBlock.of(CardMarkdown.escape(error)).attention().tight().json()));
  }

  private static JsonObject save() {
    return CardActions.positive(
        CardActions.execute(ProfileLabels.SAVE, CardIds.PROFILE_SUBMIT_VERB, new JsonObject()));
  }
}
