s = "héllo 🌍 wörld 👍🏽"
print(len(s), s[6], s[-1], s[-2], s[::-1], s.upper())
print([ord(c) for c in "a€🌍"], chr(127757), chr(0x1F600), "\U0001F600" == "😀", "\u00e9", "\N{SNOWMAN}")
print(len("😀"), "😀".encode("utf-8"), len("😀".encode()), "😀"[0], "x😀y".index("y"), "🌍🌍".count("🌍"))
for ch in "a🌍b":
    print(ch, end="|")
print()
print(sorted("b🌍a"), max("a🌍b"), "🌍" > "z", repr("🌍"), ascii("🌍é"))
print("日本語".center(9, "*"), "ß".upper(), "İ".lower() == "i̇", "Ǆ".title(), "ﬁ".upper())
