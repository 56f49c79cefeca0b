package org.commonground.bot.teams.cards;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A Bot Framework message activity carrying one Adaptive Card. The fallback goes in {@code summary}
 * (what notifications and clients that cannot draw the card show) and in the card's own {@code
 * fallbackText}, not in {@code text}: Teams would show a text beside the card, saying it twice.
 */
public final class CardMessage {

  public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

  private CardMessage() {}

  public static JsonObject of(AdaptiveCard card, String fallback) {
    JsonObject attachment = new JsonObject();
    attachment.addProperty("contentType", CONTENT_TYPE);
    attachment.add("content", card.fallbackText(fallback).json());
    JsonArray attachments = new JsonArray();
    attachments.add(attachment);
    JsonObject activity = new JsonObject();
    activity.addProperty("type", "message");
    activity.addProperty("summary", fallback);
    activity.add("attachments", attachments);
    return activity;
  }
}
