package org.commonground.bot;

public final class Main {
  public static void main(String[] args) {}
}
