package org.commonground.bot.slack.digest;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.digest.Digest;
import org.commonground.bot.core.digest.DigestWords;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.Profile;

/** The weekly DM: each match with why, and what the member can do about it. */
public final class DigestMessage {

  public static final String INTRO_ME_ACTION = "digest_intro_me";
  public static final String NOT_FOR_ME_ACTION = "digest_not_for_me";
  public static final String PAUSE_ACTION = "digest_pause_week";
  public static final String EDIT_PROFILE_ACTION = "digest_edit_profile";

  /** Block id prefix of a match's buttons; the pair id follows. */
  public static final String MATCH_ACTIONS_BLOCK = "digest_match_";

  private DigestMessage() {}

  public static List<LayoutBlock> blocks(Digest digest) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(DigestWords.title(digest)))));
    digest
        .note()
        .ifPresent(note -> blocks.add(section(s -> s.text(markdownText(Markup.escape(note))))));
    if (digest.matches().isEmpty()) {
      blocks.add(section(s -> s.text(markdownText(DigestWords.unmatchedText(digest)))));
    } else {
      blocks.add(section(s -> s.text(markdownText(DigestWords.opening(digest.matches().size())))));
      for (Digest.Match match : digest.matches()) {
        blocks.add(divider());
        if (match.partnerLeft()) {
          blocks.add(section(s -> s.text(markdownText(DigestWords.LEFT_TEXT))));
        } else {
          blocks.add(section(s -> s.text(markdownText(MatchText.describe(match)))));
          blocks.add(matchButtons(match.pairId()));
        }
      }
      blocks.add(divider());
      blocks.add(context(List.of(markdownText(DigestWords.ANSWERS_NOTE))));
    }
    blocks.add(footer());
    return blocks;
  }

  private static LayoutBlock matchButtons(long pairId) {
    String value = Long.toString(pairId);
    return actions(
        a ->
            a.blockId(MATCH_ACTIONS_BLOCK + pairId)
                .elements(
                    List.of(
                        button(
                            b ->
                                b.actionId(INTRO_ME_ACTION)
                                    .text(plainText(DigestWords.INTRO_ME_BUTTON))
                                    .style("primary")
                                    .value(value)),
                        button(
                            b ->
                                b.actionId(NOT_FOR_ME_ACTION)
                                    .text(plainText(DigestWords.NOT_FOR_ME_BUTTON))
                                    .value(value)))));
  }

  private static LayoutBlock footer() {
    return actions(
        a ->
            a.elements(
                List.of(
                    button(b -> b.actionId(PAUSE_ACTION).text(plainText(DigestWords.PAUSE_BUTTON))),
                    button(
                        b ->
                            b.actionId(EDIT_PROFILE_ACTION)
                                .text(plainText(DigestWords.EDIT_PROFILE_BUTTON))))));
  }

  /** The words about one match, also the card of the other person in a warm introduction. */
  public static final class MatchText {
    private MatchText() {}

    static String describe(Digest.Match match) {
      return describe(
          match.partner(), match.sharedChallenges(), match.theyCanOffer(), match.youCanOffer());
    }

    /** The partner, what the two share, and what each can offer the other, at most a section. */
    public static String describe(
        Profile partner,
        List<String> sharedChallenges,
        List<String> theyCanOffer,
        List<String> youCanOffer) {
      Member member = partner.member();
      StringBuilder text = new StringBuilder();
      text.append(Markup.mention(member.userId()))
          .append(" · ")
          .append(Markup.escape(member.role()))
          .append(", *")
          .append(Markup.escape(partner.organisation().name()))
          .append("* · ")
          .append(Markup.escape(member.place()));
      if (!sharedChallenges.isEmpty()) {
        text.append("\nYou both work on ").append(bold(sharedChallenges)).append('.');
      }
      if (!theyCanOffer.isEmpty()) {
        text.append("\nThey can help with ").append(bold(theyCanOffer)).append('.');
      }
      if (!youCanOffer.isEmpty()) {
        text.append("\nYou could help them with ").append(bold(youCanOffer)).append('.');
      }
      if (member.workingOn() != null) {
        text.append("\n> ").append(Markup.escape(member.workingOn()).replace("\n", "\n> "));
      }
      return Markup.truncateMarkup(text.toString(), Markup.PARAGRAPH_LIMIT);
    }

    private static String bold(List<String> names) {
      return Markup.inWords(names.stream().map(n -> "*" + Markup.escape(n) + "*").toList());
    }
  }
}
