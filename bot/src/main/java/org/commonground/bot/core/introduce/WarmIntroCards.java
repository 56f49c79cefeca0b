package org.commonground.bot.core.introduce;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.warmintros.WarmIntro;
import org.commonground.storage.warmintros.WarmIntros;

/**
 * Sends each of the two their card and keeps where it went; later shows it again in a new state,
 * rebuilt from what is stored, in that same message and no other.
 */
final class WarmIntroCards {

  private final ProfileStore profiles;
  private final WarmIntros store;
  private final WarmIntroMessages messages;
  private final ZoneId zone;

  WarmIntroCards(ProfileStore profiles, WarmIntros store, WarmIntroMessages messages, ZoneId zone) {
    this.profiles = profiles;
    this.store = store;
    this.messages = messages;
    this.zone = zone;
  }

  /** Asks both, each in their chat with the app. */
  void sendBoth(WarmIntro intro) {
    Map<Long, Profile> people = people(intro);
    for (Long memberId : List.of(intro.memberA(), intro.memberB())) {
      Profile recipient = people.get(memberId);
      if (recipient == null) {
        continue;
      }
      WarmIntroContent card = content(intro, recipient, people, WarmIntroState.ASKED);
      messages
          .ask(card)
          .ifPresent(sent -> store.delivered(intro.id(), memberId, sent.channel(), sent.ts()));
    }
  }

  /** Shows {@code memberId}'s own card as {@code state}, if it was sent and they are still here. */
  void show(WarmIntro intro, long memberId, WarmIntroState state) {
    WarmIntro.DmMessage message = intro.messageTo(memberId);
    Map<Long, Profile> people = people(intro);
    Profile recipient = people.get(memberId);
    if (message == null || recipient == null) {
      return;
    }
    WarmIntroContent card = content(intro, recipient, people, state);
    messages.redraw(message, card);
  }

  /** The two people who are still members, by member id. */
  Map<Long, Profile> people(WarmIntro intro) {
    List<Long> ids = new ArrayList<>();
    ids.add(intro.memberA());
    ids.add(intro.memberB());
    Map<Long, Profile> byId = new HashMap<>();
    profiles
        .findByIds(ids.stream().filter(Objects::nonNull).toList())
        .forEach(p -> byId.put(p.member().id(), p));
    return byId;
  }

  private WarmIntroContent content(
      WarmIntro intro, Profile recipient, Map<Long, Profile> people, WarmIntroState state) {
    Long otherId = intro.partnerOf(recipient.member().id());
    return new WarmIntroContent(
        intro.id(),
        intro.suggesterUserId(),
        recipient,
        otherId == null ? null : people.get(otherId),
        intro.note(),
        intro.expiresAt().atZone(zone),
        state);
  }
}
