package org.commonground.bot.teams.connector;

import java.util.List;

/** Credentials that hand out {@code tokens} in turn, the next one each time one is forgotten. */
final class TokenSequence implements ConnectorCredentials {

  private final List<String> tokens;
  private int forgotten;

  TokenSequence(String... tokens) {
    this.tokens = List.of(tokens);
  }

  @Override
  public synchronized String bearer() {
    return tokens.get(Math.min(forgotten, tokens.size() - 1));
  }

  @Override
  public synchronized void forget() {
    forgotten++;
  }

  synchronized int forgotten() {
    return forgotten;
  }
}
