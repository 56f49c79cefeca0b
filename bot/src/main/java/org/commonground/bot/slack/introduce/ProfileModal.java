package org.commonground.bot.slack.introduce;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.core.introduce.ProfileLabels;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.consent.NoticeBlocks;
import org.commonground.bot.slack.tags.TagPicker;
import org.commonground.bot.slack.views.SlackText;
import org.commonground.storage.members.Profile;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.tags.Tag;

/** The ProfileLabels.TITLE modal: empty for a newcomer, pre-filled for a member editing. */
public final class ProfileModal {

  public static final String CALLBACK_ID = "profile";

  /** What the modal is built from. */
  public record Content(
      List<Tag> activeTags,
      List<Organisation> organisations,
      List<String> places,
      Optional<Profile> existing,
      Optional<String> introChannel,
      PrivacyNotice notice) {}

  private ProfileModal() {}

  public static View build(Content content) {
    Optional<Profile> existing = content.existing();
    List<Tag> tags = content.activeTags();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(context(List.of(markdownText(ProfileLabels.INTRO))));
    blocks.addAll(OrganisationInputs.blocks(content.organisations(), existing));
    blocks.add(sectorInput(existing));
    blocks.add(roleInput(existing));
    blocks.add(placeInput(content.places(), existing));
    blocks.add(challengesInput(tags, existing));
    blocks.add(suggestionInput());
    blocks.add(workingOnInput(existing));
    blocks.add(
        tagsInput(
            ProfileFields.OFFERS_FIELD,
            ProfileFields.OFFERS_INPUT,
            ProfileLabels.OFFERS,
            tags,
            existing.map(Profile::offers)));
    blocks.add(
        tagsInput(
            ProfileFields.ASKS_FIELD,
            ProfileFields.ASKS_INPUT,
            ProfileLabels.ASKS,
            tags,
            existing.map(Profile::asks)));
    blocks.add(matchesInput(existing));
    blocks.add(NoticeBlocks.shortForm(content.notice()));
    NoticeBlocks.readButton(content.notice()).ifPresent(read -> blocks.add(actions(List.of(read))));
    blocks.add(consentInput(existing, content.notice()));
    content.introChannel().ifPresent(channel -> blocks.add(shareInput(channel, existing)));
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text(ProfileLabels.TITLE)))
                .submit(viewSubmit(s -> s.type("plain_text").text(ProfileLabels.SAVE)))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
  }

  private static LayoutBlock sectorInput(Optional<Profile> existing) {
    List<OptionObject> options = new ArrayList<>();
    for (Sector sector : Sector.values()) {
      options.add(option(sector.label(), sector.name()));
    }
    OptionObject initial =
        existing
            .map(p -> option(p.member().sector().label(), p.member().sector().name()))
            .orElse(null);
    return select(
        ProfileFields.SECTOR_FIELD,
        ProfileLabels.SECTOR,
        ProfileFields.SECTOR_INPUT,
        ProfileLabels.SECTOR_PLACEHOLDER,
        options,
        initial);
  }

  /** A required pick of one option, pre-selected when the member already chose. */
  private static LayoutBlock select(
      String blockId,
      String label,
      String actionId,
      String placeholder,
      List<OptionObject> options,
      OptionObject initial) {
    return input(
        i ->
            i.blockId(blockId)
                .label(plainText(label))
                .element(
                    staticSelect(
                        s ->
                            s.actionId(actionId)
                                .placeholder(plainText(placeholder))
                                .options(options)
                                .initialOption(initial))));
  }

  private static LayoutBlock roleInput(Optional<Profile> existing) {
    return input(
        i ->
            i.blockId(ProfileFields.ROLE_FIELD)
                .label(plainText(ProfileLabels.ROLE))
                .element(
                    plainTextInput(
                        p ->
                            p.actionId(ProfileFields.ROLE_INPUT)
                                .maxLength(ProfileFields.ROLE_MAX)
                                .placeholder(plainText(ProfileLabels.ROLE_PLACEHOLDER))
                                .initialValue(existing.map(x -> x.member().role()).orElse(null)))));
  }

  private static LayoutBlock placeInput(List<String> places, Optional<Profile> existing) {
    List<OptionObject> options = places.stream().map(place -> option(place, place)).toList();
    OptionObject initial =
        existing
            .map(p -> p.member().place())
            .filter(places::contains)
            .map(place -> option(place, place))
            .orElse(null);
    return select(
        ProfileFields.PLACE_FIELD,
        ProfileLabels.PLACE,
        ProfileFields.PLACE_INPUT,
        ProfileLabels.PLACE_PLACEHOLDER,
        options,
        initial);
  }

  private static LayoutBlock challengesInput(List<Tag> tags, Optional<Profile> existing) {
    return input(
        i ->
            i.blockId(ProfileFields.CHALLENGES_FIELD)
                .label(plainText(ProfileLabels.CHALLENGES))
                .hint(plainText(ProfileLabels.CHALLENGES_HINT))
                .element(
                    TagPicker.multi(
                        ProfileFields.CHALLENGES_INPUT,
                        ProfileLabels.CHALLENGES_PLACEHOLDER,
                        tags,
                        existing.map(Profile::challenges).orElse(List.of()),
                        ProfileFields.MAX_CHALLENGES)));
  }

  private static LayoutBlock suggestionInput() {
    return input(
        i ->
            i.blockId(ProfileFields.SUGGESTION_FIELD)
                .label(plainText(ProfileLabels.SUGGESTION))
                .hint(plainText(ProfileLabels.SUGGESTION_HINT))
                .optional(true)
                .element(
                    plainTextInput(
                        p ->
                            p.actionId(ProfileFields.SUGGESTION_INPUT)
                                .maxLength(ProfileFields.SUGGESTION_MAX)
                                .placeholder(plainText(ProfileLabels.SUGGESTION_PLACEHOLDER)))));
  }

  private static LayoutBlock workingOnInput(Optional<Profile> existing) {
    return input(
        i ->
            i.blockId(ProfileFields.WORKING_ON_FIELD)
                .label(plainText(ProfileLabels.WORKING_ON))
                .optional(true)
                .element(
                    plainTextInput(
                        p ->
                            p.actionId(ProfileFields.WORKING_ON_INPUT)
                                .multiline(true)
                                .maxLength(ProfileFields.WORKING_ON_MAX)
                                .placeholder(plainText(ProfileLabels.WORKING_ON_PLACEHOLDER))
                                .initialValue(
                                    existing.map(x -> x.member().workingOn()).orElse(null)))));
  }

  private static LayoutBlock tagsInput(
      String blockId, String actionId, String label, List<Tag> tags, Optional<List<Tag>> chosen) {
    return input(
        i ->
            i.blockId(blockId)
                .label(plainText(label))
                .optional(true)
                .element(
                    TagPicker.multi(
                        actionId,
                        ProfileLabels.OFFERS_OR_ASKS_PLACEHOLDER,
                        tags,
                        chosen.orElse(List.of()),
                        ProfileFields.MAX_OFFERS_OR_ASKS)));
  }

  private static LayoutBlock matchesInput(Optional<Profile> existing) {
    List<OptionObject> options =
        List.of(
            option(ProfileLabels.matchesPerWeek(0), "0"),
            option(ProfileLabels.matchesPerWeek(1), "1"),
            option(ProfileLabels.matchesPerWeek(2), "2"),
            option(ProfileLabels.matchesPerWeek(3), "3"));
    int current = existing.map(p -> p.member().matchesPerWeek()).orElse(1);
    return select(
        ProfileFields.MATCHES_FIELD,
        ProfileLabels.MATCHES,
        ProfileFields.MATCHES_INPUT,
        ProfileLabels.MATCHES_PLACEHOLDER,
        options,
        options.get(current));
  }

  /**
   * The notice sits in its own block above the checkbox: an option's description holds at most 75
   * characters, far fewer than the notice needs. A member who agreed to an earlier notice finds the
   * box empty, to tick for the current one.
   */
  private static LayoutBlock consentInput(Optional<Profile> existing, PrivacyNotice notice) {
    OptionObject agreed =
        OptionObject.builder()
            .text(plainText(PrivacyNotice.CONSENT_LABEL))
            .value(ProfileFields.CONSENT_VALUE)
            .build();
    boolean alreadyAgreed =
        existing.map(p -> notice.version().equals(p.member().consentNoticeVersion())).orElse(false);
    return input(
        i ->
            i.blockId(ProfileFields.CONSENT_FIELD)
                .label(plainText(ProfileLabels.CONSENT))
                .element(
                    checkboxes(
                        c ->
                            c.actionId(ProfileFields.CONSENT_INPUT)
                                .options(List.of(agreed))
                                .initialOptions(alreadyAgreed ? List.of(agreed) : null))));
  }

  private static LayoutBlock shareInput(String channelId, Optional<Profile> existing) {
    OptionObject share =
        OptionObject.builder()
            .text(markdownText("Post a short introduction in " + SlackText.channel(channelId)))
            .value(ProfileFields.SHARE_VALUE)
            .build();
    boolean sharing = existing.map(p -> p.member().shareInChannel()).orElse(false);
    return input(
        i ->
            i.blockId(ProfileFields.SHARE_FIELD)
                .label(plainText(ProfileLabels.SHARE))
                .optional(true)
                .element(
                    checkboxes(
                        c ->
                            c.actionId(ProfileFields.SHARE_INPUT)
                                .options(List.of(share))
                                .initialOptions(sharing ? List.of(share) : null))));
  }

  static OptionObject option(String text, String value) {
    return OptionObject.builder()
        .text(plainText(Markup.truncate(text, SlackText.OPTION_TEXT_LIMIT)))
        .value(value)
        .build();
  }
}
