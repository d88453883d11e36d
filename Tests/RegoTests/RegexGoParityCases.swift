/// Expected results recorded from Go's `regexp` package (Go 1.19) for randomly generated patterns over
/// every syntax element, flags, Unicode classes and case folding, plus hand-picked edge cases: one JSON
/// object per line with the pattern `p`, the input `s`, and either Go's compile error `err` or
/// `FindAllStringSubmatch` (`subs`, null for a group that did not take part), `Split(s, -1)` (`split`)
/// and `ReplaceAllString(s, "<$1|$0>")` (`repl`).
enum RegexGoParityCases {
    static let jsonLines = #"""
{"p": "$", "s": "KkSsſK", "subs": [[""]], "split": ["KkSsſK"], "repl": "KkSsſK<|>"}
{"p": "$((?:(?i:\\p{Ll}){0,1})|(\\p{Nd}|\\z)){1,2}(?i:σ)+?[\\p{Greek}a]{2}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "$*?", "s": "", "subs": [[""]], "split": [""], "repl": "<|>"}
{"p": "$+(?:(\\pP|[\\p{Greek}a]??)(?:(?:\\p{Sm})??)+(\\B{1,2}?)+?)+|((?:\\pL(?m:$)(?i:\\p{Ll}){0,1}){2})(?:\\p{Nd})", "s": "xAxaXa bB_", "subs": [], "split": ["xAxaXa bB_"], "repl": "xAxaXa bB_"}
{"p": "$+(?:(\\pP|[\\p{Greek}a]??)(?:(?:\\p{Sm})??)+(\\B{1,2}?)+?)+|((?:\\pL(?m:$)(?i:\\p{Ll}){0,1}){2})(?:\\p{Nd})", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "$+?(?i:ſ)(([^\\pL]))(?i:[^\\W]){0,1}", "s": "ΣσςΑα", "subs": [], "split": ["ΣσςΑα"], "repl": "ΣσςΑα"}
{"p": "$+?(?i:ſ)(([^\\pL]))(?i:[^\\W]){0,1}", "s": "abababab\nbaba", "subs": [], "split": ["abababab\nbaba"], "repl": "abababab\nbaba"}
{"p": "$|((?i:a)|(?i:µ){1,2}?)*?[^\\s]", "s": "abcd", "subs": [["a", null], ["b", null], ["c", null], ["d", null]], "split": ["", "", "", "", ""], "repl": "<|a><|b><|c><|d>"}
{"p": "$|((?i:a)|(?i:µ){1,2}?)*?[^\\s]", "s": "a", "subs": [["a", null]], "split": ["", ""], "repl": "<|a>"}
{"p": "$|(?:\\p{Lu})([^\\s]+\\A{2}(?i:a)*?\\p{Sm}|A+?)??", "s": "Ab aB", "subs": [["A", null], ["B", null]], "split": ["", "b a", ""], "repl": "<|A>b a<|B>"}
{"p": "$|(?:\\p{Lu})([^\\s]+\\A{2}(?i:a)*?\\p{Sm}|A+?)??", "s": "ab", "subs": [["", null]], "split": ["ab"], "repl": "ab<|>"}
{"p": "$|(?:\\p{Sm})", "s": "aab", "subs": [[""]], "split": ["aab"], "repl": "aab<|>"}
{"p": "($??|(?:\\W?))", "s": "a", "subs": [["", ""], ["", ""]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "(${2}|(((\\x41?|(?i:σ))|(\\x41))?)??)*?|([^\\s]|(((A|A))+?))?", "s": "ba", "subs": [["", null, null, null, null, null, null, null, null, null], ["", null, null, null, null, null, null, null, null, null], ["", null, null, null, null, null, null, null, null, null]], "split": ["b", "a"], "repl": "<|>b<|>a<|>"}
{"p": "($|(?:\\b)+?)", "s": "é", "subs": [["", ""]], "split": ["é"], "repl": "é<|>"}
{"p": "(((((?i:a))?)|(\\B*|\\p{Cyrillic}))|(?:([^\\pL]?)*){2}(?:\\p{Sm}){1,2}?\\s)|[\\n]", "s": "a", "subs": [["a", "a", "a", "a", "a", null, null]], "split": ["", ""], "repl": "<a|a>"}
{"p": "(((((?m:^)|[[:upper:]])*?|[^\\s]){2}|((?s:.)*\\B|[😀-😂]\\B)){1,2})|((?i:ǅ)){0,1}", "s": "a+b=c!", "subs": [["", "", "", "", null, null, null], ["", "", "", "", null, null, null], ["", "", "", "", null, null, null], ["", "", "", "", null, null, null], ["", "", "", "", null, null, null], ["", "", "", "", null, null, null], ["", "", "", "", null, null, null]], "split": ["a", "+", "b", "=", "c", "!"], "repl": "<|>a<|>+<|>b<|>=<|>c<|>!<|>"}
{"p": "(((((?m:^)|[[:upper:]])*?|[^\\s]){2}|((?s:.)*\\B|[😀-😂]\\B)){1,2})|((?i:ǅ)){0,1}", "s": "abcd", "subs": [["", "", "", "", null, null, null], ["", "", "", "", null, null, null], ["", "", "", "", null, null, null], ["", "", "", "", null, null, null], ["", "", "", "", null, null, null]], "split": ["a", "b", "c", "d"], "repl": "<|>a<|>b<|>c<|>d<|>"}
{"p": "((((?:(?i:Å)*?))*|(?i:\\p{Ll})))", "s": "ΣσςΑα", "subs": [["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "((((?:[\\n]\\x41{0,})+?|\\A{2}){0,1})+?){2}", "s": "", "subs": [["", "", "", ""]], "split": [""], "repl": "<|>"}
{"p": "((((?:[\\n]\\x41{0,})+?|\\A{2}){0,1})+?){2}", "s": "ab", "subs": [["", "", "", ""], ["", "", "", null], ["", "", "", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((((?:\\W(?:\\p{Nd}){1,2}))))", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "((((?:\\pL)?)|(([ab]|\\n))*?)|(?:b(?:(?:(?m:^)*(?i:[[:lower:]])+){2}){0,}){1,2}?)", "s": "ab ab ab", "subs": [["a", "a", "a", "a", null, null], ["b", "b", "b", "b", null, null], ["a", "a", "a", "a", null, null], ["b", "b", "b", "b", null, null], ["a", "a", "a", "a", null, null], ["b", "b", "b", "b", null, null]], "split": ["", "", " ", "", " ", "", ""], "repl": "<a|a><b|b> <a|a><b|b> <a|a><b|b>"}
{"p": "((((?:\\p{Nd})+?))|(((?:[^\\pL]{1,2})|((?i:µ)??|(?m:$){0,})*?)))", "s": "Σς", "subs": [["", "", null, null, "", "", null], ["", "", null, null, "", "", null], ["", "", null, null, "", "", null]], "split": ["Σ", "ς"], "repl": "<|>Σ<|>ς<|>"}
{"p": "((((?:\\p{Nd})?[^\\pL])|(?i:[^\\W]))+?|A+)", "s": "ab ab ab", "subs": [["a", "a", "a", null], ["b", "b", "b", null], [" ", " ", " ", " "], ["a", "a", "a", null], ["b", "b", "b", null], [" ", " ", " ", " "], ["a", "a", "a", null], ["b", "b", "b", null]], "split": ["", "", "", "", "", "", "", "", ""], "repl": "<a|a><b|b>< | ><a|a><b|b>< | ><a|a><b|b>"}
{"p": "((((?:\\z))+?)?){0,}|\\s*", "s": "ab", "subs": [["", "", null, null], ["", "", null, null], ["", "", "", ""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((((?:\\z)|a+?)+?)??|\\n(?i:\\p{Ll})+){2}", "s": "aaaaaaaaab", "subs": [["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null]], "split": ["a", "a", "a", "a", "a", "a", "a", "a", "a", "b"], "repl": "<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>b<|>"}
{"p": "((((?:x\\A{2})?){0,})+?){2}|[[:alpha:]]{2}", "s": "", "subs": [["", "", "", ""]], "split": [""], "repl": "<|>"}
{"p": "((((?i:[[:lower:]]))|(ab|(?m:^)+(?m:$)??)){2}|(?i:[k]){2})|(?:(?:x{1,2}){0,}){2}[^\\pL]??", "s": "aaaa", "subs": [["aa", "aa", "a", "a", null], ["aa", "aa", "a", "a", null]], "split": ["", "", ""], "repl": "<aa|aa><aa|aa>"}
{"p": "((((?i:[[:lower:]]){2})))((?:[^a]{2}[\\n]*?){0,}|[^\\pL]{1,2}?)", "s": "é", "subs": [], "split": ["é"], "repl": "é"}
{"p": "((((?i:[α-ω])+?|(?i:σ)+)|((é|\\w*))))", "s": "ab", "subs": [["ab", "ab", "ab", null, "ab", "ab"]], "split": ["", ""], "repl": "<ab|ab>"}
{"p": "((((?i:µ)??|(?i:µ)){1,2}?){1,2})(?:\\p{Sm}){0,}\\B", "s": "ǄǅǆDž", "subs": [["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], "split": ["Ǆ", "ǅ", "ǆDž"], "repl": "<|>Ǆ<|>ǅ<|>ǆDž<|>"}
{"p": "((((?i:µ)??|(?i:µ)){1,2}?){1,2})(?:\\p{Sm}){0,}\\B", "s": "abababab\nbaba", "subs": [["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], "split": ["a", "b", "a", "b", "a", "b", "a", "b\nb", "a", "b", "a"], "repl": "a<|>b<|>a<|>b<|>a<|>b<|>a<|>b\nb<|>a<|>b<|>a"}
{"p": "((((?i:Å)(?i:[k]))))+?", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "((((?i:Å)|${1,2})*|[\\p{Greek}a]\\w?){0,1}((x??)*?|(?i:ǅ)(?i:[[:lower:]])?)|[a-c]){0,}|(?i:µ)?", "s": "aab", "subs": [["", "", "", null, "", null], ["", "", "", null, "", null], ["", "", "", null, "", null], ["", "", "", "", "", null]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "((((?i:ſ){1,2}?)(?i:a)|(?i:Å))+|(?:[\\d\\s]([a-c]?){0,1})){1,2}?", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "((((?i:ǅ))|(?:[\\p{Greek}a])))(?i:[α-ω])", "s": "Σς", "subs": [["Σς", "Σ", "Σ", null]], "split": ["", ""], "repl": "<Σ|Σς>"}
{"p": "((((?i:ǅ){2}(?i:a){1,2}))){0,}", "s": "xAxaXa bB_", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["x", "A", "x", "a", "X", "a", " ", "b", "B", "_"], "repl": "<|>x<|>A<|>x<|>a<|>X<|>a<|> <|>b<|>B<|>_<|>"}
{"p": "((((?i:ǅ)|[😀-😂]?)+?))+([a-c])*|((((\\W|b)|((?s:.)|(?i:σ){0,1}))|\\B)){0,}", "s": "ab", "subs": [["ab", "", "", "", "b", null, null, null, null, null]], "split": ["", ""], "repl": "<|ab>"}
{"p": "((((?m:^)+|(.{1,2}|\\n))|([\\n]??|(?s:.)?){0,}(?s:.))|b)", "s": "acd", "subs": [["", "", "", "", null, null], ["cd", "cd", "cd", "cd", "cd", null]], "split": ["a", ""], "repl": "<|>a<cd|cd>"}
{"p": "((((?s:.))|\\B((?i:[[:lower:]])){0,}))?", "s": "1a2", "subs": [["1", "1", "1", "1", null], ["a", "a", "a", "a", null], ["2", "2", "2", "2", null]], "split": ["", "", "", ""], "repl": "<1|1><a|a><2|2>"}
{"p": "(((([^\\s]|(?s:.)))|[😀-😂]){0,1}|(((?:\\x{301}){1,2}|(?i:[[:lower:]])\\pP??){1,2}|^+)){1,2}?", "s": "abcd", "subs": [["a", "a", "a", "a", "a", null, null], ["b", "b", "b", "b", "b", null, null], ["c", "c", "c", "c", "c", null, null], ["d", "d", "d", "d", "d", null, null]], "split": ["", "", "", "", ""], "repl": "<a|a><b|b><c|c><d|d>"}
{"p": "((((\\A){1,2}?)*?))?|(?i:Å)+?", "s": "ǄǅǆDž", "subs": [["", "", "", null, null], ["", "", "", null, null], ["", "", "", null, null], ["", "", "", null, null], ["", "", "", null, null], ["", "", "", null, null]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "((((\\p{Lu}|(?i:\\p{Ll})))|(([^\\s]|\\n){2}){1,2})?|(?:(A{0,1})+))", "s": "ab", "subs": [["a", "a", "a", "a", "a", null, null, null], ["b", "b", "b", "b", "b", null, null, null]], "split": ["", "", ""], "repl": "<a|a><b|b>"}
{"p": "((((\\z{0,})){2}|(?:((?s:.)+?|(?s:.)*)))*){1,2}", "s": "ab\n", "subs": [["", "", "", "", "", null], ["", "", "", "", "", null], ["", "", "", "", "", null], ["", "", "", "", "", null]], "split": ["a", "b", "\n"], "repl": "<|>a<|>b<|>\n<|>"}
{"p": "((((^|(?i:\\p{Ll}){0,}){2}))*?)", "s": "A", "subs": [["", "", null, null, null], ["", "", null, null, null]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "((((b+?)??)*))?|((?i:[^\\W])+?|(([\\n]|(x))|(?m:$){1,2})*?)", "s": "x a_b", "subs": [["", "", "", "", null, null, null, null, null], ["", "", "", "", null, null, null, null, null], ["", "", "", "", null, null, null, null, null], ["", "", "", "", null, null, null, null, null], ["", "", "", "", null, null, null, null, null], ["", "", "", "", null, null, null, null, null]], "split": ["x", " ", "a", "_", "b"], "repl": "<|>x<|> <|>a<|>_<|>b<|>"}
{"p": "((((b+?)??)*))?|((?i:[^\\W])+?|(([\\n]|(x))|(?m:$){1,2})*?)", "s": "a", "subs": [["", "", "", "", null, null, null, null, null], ["", "", "", "", null, null, null, null, null]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "((((é){1,2})))", "s": "xAxaXa bB_", "subs": [], "split": ["xAxaXa bB_"], "repl": "xAxaXa bB_"}
{"p": "((((é*)|\\pP)?))", "s": "acd", "subs": [["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "(((?:$[\\n][😀-😂]??){2})){0,1}|(?i:[α-ω]){0,1}", "s": "a", "subs": [["", null, null], ["", null, null]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "(((?:((?:\\p{Lu}){1,2}?|a))|(?i:[^\\W]))?)", "s": "ab", "subs": [["a", "a", "a", "a"], ["b", "b", "b", null]], "split": ["", "", ""], "repl": "<a|a><b|b>"}
{"p": "(((?:(?:(?m:$){1,2})?(\\PL){1,2}?)+|((?:\\p{Sm}){0,1}(?i:[k])*?)))*", "s": "KkSsſK", "subs": [["", "", "", null, ""], ["", "", "", null, ""], ["", "", "", null, ""], ["", "", "", null, ""], ["", "", "", null, ""], ["", "", "", null, ""], ["", "", "", null, ""]], "split": ["K", "k", "S", "s", "ſ", "K"], "repl": "<|>K<|>k<|>S<|>s<|>ſ<|>K<|>"}
{"p": "(((?:(?:(?s:.))?(?i:ſ)^+))*|(?:\\p{Sm}){0,1})", "s": "aaaa", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["a", "a", "a", "a"], "repl": "<|>a<|>a<|>a<|>a<|>"}
{"p": "(((?:(?i:[^\\W])?)*?)(?i:[[:lower:]])|((?:b)?|((\\pL){0,1})))", "s": "٣4٥", "subs": [["", "", null, "", null, null], ["", "", null, "", null, null], ["", "", null, "", null, null], ["", "", null, "", null, null]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(((?:(?i:[^\\W])?)*?)(?i:[[:lower:]])|((?:b)?|((\\pL){0,1})))", "s": "éé", "subs": [["e", "e", "", null, null, null], ["", "", null, "", null, null], ["", "", null, "", null, null]], "split": ["", "́", "é"], "repl": "<e|e>́<|>é<|>"}
{"p": "(((?:(?i:[α-ω]){1,2}?))*|[[:upper:]])*?|(((((?i:Å)|\\W))+?|(?:$(?i:[^\\W])?)??(\\n))+|([\\d\\s]|(?i:Å)*?)(\\p{Cyrillic}){0,})", "s": "k", "subs": [["", null, null, null, null, null, null, null, null, null], ["", null, null, null, null, null, null, null, null, null]], "split": ["k"], "repl": "<|>k<|>"}
{"p": "(((?:(?i:ſ))((?i:σ))?|[\\d\\s]{2})|([^\\s])){2}", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "(((?:(?i:ſ)*)+?){2}([ab]+?|[ab]{2})?(?:(?:\\p{Sm})??)??)+?", "s": "😀😁x", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "(((?:(?i:ſ){0,1}){1,2}?(\\x41*){1,2}?|[\\p{Greek}a]((?i:[k]){0,}))|(?i:\\p{Ll})){1,2}?", "s": "ab", "subs": [["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(((?:(?i:ǅ))*?((?:\\p{Nd}){0,}){0,}|\\z))+?", "s": "ab", "subs": [["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(((?:([\\n]{0,1})[\\n]?)+)??|(((x|x+?)|(?:$+(?i:Å){1,2})+?){2})?){0,1}", "s": "", "subs": [["", "", null, null, null, null, null]], "split": [""], "repl": "<|>"}
{"p": "(((?:([^\\pL]){1,2}?[\\d\\s](?i:ǅ)??)+?|(\\pL|é*)+?(?m:^)))|(($|\\d(?i:ǅ))?(([\\n]?|\\x{301}){1,2}?|(?:\\z{1,2})))", "s": "aaaaaaaaab", "subs": [["", "", "", null, "", null, null, null, null], ["", null, null, null, null, "", null, "", ""], ["", null, null, null, null, "", null, "", ""], ["", null, null, null, null, "", null, "", ""], ["", null, null, null, null, "", null, "", ""], ["", null, null, null, null, "", null, "", ""], ["", null, null, null, null, "", null, "", ""], ["", null, null, null, null, "", null, "", ""], ["", null, null, null, null, "", null, "", ""], ["", null, null, null, null, "", null, "", ""], ["", null, null, null, null, "", "", "", ""]], "split": ["a", "a", "a", "a", "a", "a", "a", "a", "a", "b"], "repl": "<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>b<|>"}
{"p": "(((?:([^\\s]|(?:\\p{Cyrillic})*))))", "s": "acd", "subs": [["a", "a", "a", "a"], ["c", "c", "c", "c"], ["d", "d", "d", "d"]], "split": ["", "", "", ""], "repl": "<a|a><c|c><d|d>"}
{"p": "(((?:(\\B?))))", "s": "", "subs": [["", "", "", ""]], "split": [""], "repl": "<|>"}
{"p": "(((?:(\\B?))))", "s": "bbb", "subs": [["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(((?:(\\W|(?i:ǅ)*))|(?:(?:(?m:$)$?){2})){1,2}|((?:^).{0,}|A)??)", "s": "ab\n", "subs": [["", "", "", "", null], ["", "", "", "", null], ["\n", "\n", "", "", null]], "split": ["a", "b", ""], "repl": "<|>a<|>b<\n|\n>"}
{"p": "(((?:(\\W|(?i:ǅ)*))|(?:(?:(?m:$)$?){2})){1,2}|((?:^).{0,}|A)??)", "s": "Привет мир", "subs": [["Пр", "Пр", "р", "р", null], ["ив", "ив", "в", "в", null], ["ет", "ет", "т", "т", null], [" м", " м", "м", "м", null], ["ир", "ир", "р", "р", null]], "split": ["", "", "", "", "", ""], "repl": "<Пр|Пр><ив|ив><ет|ет>< м| м><ир|ир>"}
{"p": "(((?:(\\x41))))|(?:((?:((?m:^)|[\\d\\s])(?:\\z{1,2}){2})|(((?i:[α-ω])*)+|((?i:ǅ){1,2})))((\\pL))(A)*?){2}", "s": "bbb", "subs": [["bb", null, null, null, "", null, "", "", null, "b", "b", null]], "split": ["", "b"], "repl": "<|bb>b"}
{"p": "(((?:(\\x41+?)*?)??|A??)?){0,}", "s": "ab", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(((?:.))*?([^a][[:alpha:]]|(x|\\W)*))+", "s": "K", "subs": [["", "", null, "", null], ["", "", null, "", null]], "split": ["K"], "repl": "<|>K<|>"}
{"p": "(((?:.))*?([^a][[:alpha:]]|(x|\\W)*))+", "s": "1a2", "subs": [["1a2", "2", "2", "", null]], "split": ["", ""], "repl": "<2|1a2>"}
{"p": "(((?:[\\p{Greek}a]\\W+?)+?|(?i:ſ){1,2}(?i:a)))(((?i:Å))(x){1,2}?){1,2}?", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "(((?:[^\\pL](?:\\p{Sm}){0,1})??[a-c]+?\\A?){0,1})+?|(([^\\pL]|(?i:ſ))|((?:(?s:.)\\p{Cyrillic})+?)((?i:[[:lower:]])*?|(?i:ǅ)*?){0,1}(b){0,1})", "s": "ſSsKkK", "subs": [["", "", null, null, null, null, null, null], ["", "", null, null, null, null, null, null], ["", "", null, null, null, null, null, null], ["", "", null, null, null, null, null, null], ["", "", null, null, null, null, null, null], ["", "", null, null, null, null, null, null], ["", "", null, null, null, null, null, null]], "split": ["ſ", "S", "s", "K", "k", "K"], "repl": "<|>ſ<|>S<|>s<|>K<|>k<|>K<|>"}
{"p": "(((?:[^a])*?((?i:ſ){2}|^)))", "s": "µΜμ", "subs": [["", "", "", ""]], "split": ["µΜμ"], "repl": "<|>µΜμ"}
{"p": "(((?:\\A+?)+?|(?:(?:\\n(?i:ǅ)*?){1,2}?)))", "s": "ǄǅǆDž", "subs": [["", "", ""]], "split": ["ǄǅǆDž"], "repl": "<|>ǄǅǆDž"}
{"p": "(((?:\\B)??(\\p{Sm}|\\d))|b+)|\\d*?", "s": "ab", "subs": [["", null, null, null], ["b", "b", null, null]], "split": ["a", ""], "repl": "<|>a<b|b>"}
{"p": "(((?:\\PL))+(?i:ſ)??)?", "s": "\n\n", "subs": [["\n\n", "\n\n", "\n"]], "split": ["", ""], "repl": "<\n\n|\n\n>"}
{"p": "(((?:\\n{0,1})(?:\\x41))|(?:\\PL))", "s": "ÅåÅ", "subs": [], "split": ["ÅåÅ"], "repl": "ÅåÅ"}
{"p": "(((?:\\pL\\p{Lu}){1,2}))|(\\d)*?", "s": "A", "subs": [["", null, null, null], ["", null, null, null]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "(((?:\\p{Lu})+|(?:\\p{Nd})*(?i:σ)*(é)))", "s": "aaaaaaaaab", "subs": [], "split": ["aaaaaaaaab"], "repl": "aaaaaaaaab"}
{"p": "(((?:\\p{Lu})+|(?:\\p{Nd})*(?i:σ)*(é)))", "s": "ÅåÅ", "subs": [["Å", "Å", "Å", null], ["Å", "Å", "Å", null]], "split": ["", "å", ""], "repl": "<Å|Å>å<Å|Å>"}
{"p": "(((?:\\p{Lu}){0,}|((?i:σ)??é|([ab]))+?){1,2}?|(\\pP??|(?i:a)?){1,2}(?:\\x41*?)(?i:\\p{Ll})((?m:^)|A){1,2}?)", "s": "\n\n", "subs": [["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null]], "split": ["\n", "\n"], "repl": "<|>\n<|>\n<|>"}
{"p": "(((?:\\p{Lu}){0,}|((?i:σ)??é|([ab]))+?){1,2}?|(\\pP??|(?i:a)?){1,2}(?:\\x41*?)(?i:\\p{Ll})((?m:^)|A){1,2}?)", "s": "Ab aB", "subs": [["A", "A", "A", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["B", "B", "B", null, null, null, null]], "split": ["", "b", " ", "a", ""], "repl": "<A|A>b<|> <|>a<B|B>"}
{"p": "(((?:\\p{Lu}){0,}|((?i:σ)??é|([ab]))+?){1,2}?|(\\pP??|(?i:a)?){1,2}(?:\\x41*?)(?i:\\p{Ll})((?m:^)|A){1,2}?)", "s": "aaaaaaaaab", "subs": [["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null]], "split": ["a", "a", "a", "a", "a", "a", "a", "a", "a", "b"], "repl": "<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>b<|>"}
{"p": "(((?:\\p{Nd})*?|(?i:[k])??))", "s": "xAxaXa bB_", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["x", "A", "x", "a", "X", "a", " ", "b", "B", "_"], "repl": "<|>x<|>A<|>x<|>a<|>X<|>a<|> <|>b<|>B<|>_<|>"}
{"p": "(((?:\\w){1,2}|(?:\\x{301})){0,})(?:(?:[ab]?)\\B*[^\\pL]??(\\s|é){1,2}?((?:\\x{301})+|\\A){0,1})+", "s": "αβ x", "subs": [[" ", "", null, " ", null]], "split": ["αβ", "x"], "repl": "αβ<| >x"}
{"p": "(((?:\\w){1,2}|(?:\\x{301})){0,})(?:(?:[ab]?)\\B*[^\\pL]??(\\s|é){1,2}?((?:\\x{301})+|\\A){0,1})+", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "(((?:\\x41(?:\\p{Nd})+?)|((?i:Å)|\\p{Nd}){2}(?i:σ){1,2}[^a]))*", "s": "Привет мир", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["П", "р", "и", "в", "е", "т", " ", "м", "и", "р"], "repl": "<|>П<|>р<|>и<|>в<|>е<|>т<|> <|>м<|>и<|>р<|>"}
{"p": "(((?:\\x{301})+?|([^\\s]\\p{Cyrillic}|(?i:[[:lower:]]){2}A{0,1}){1,2}?)|\\pP)", "s": "ab", "subs": [["ab", "ab", "ab", "ab"]], "split": ["", ""], "repl": "<ab|ab>"}
{"p": "(((?i:[[:lower:]])([😀-😂])){0,1}|\\p{Nd})", "s": "éé", "subs": [["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null]], "split": ["e", "́", "é"], "repl": "<|>e<|>́<|>é<|>"}
{"p": "(((?i:[[:lower:]])?|[^a][\\d\\s]*?)|(([[:alpha:]]|(?i:Å))+))\\pL|(((?:\\p{Cyrillic}){0,1}))?", "s": "ÅåÅ", "subs": [["Å", "", "", null, null, null, null], ["å", "", "", null, null, null, null], ["Å", "", "", null, null, null, null]], "split": ["", "", "", ""], "repl": "<|Å><|å><|Å>"}
{"p": "(((?i:[[:lower:]]){1,2}?){1,2})|((?:\\p{Lu})?|(?i:\\p{Ll})*?){2}", "s": "xAxaXa bB_", "subs": [["xA", "xA", "A", null], ["xa", "xa", "a", null], ["Xa", "Xa", "a", null], ["bB", "bB", "B", null], ["", null, null, ""]], "split": ["", "", "", " ", "_"], "repl": "<xA|xA><xa|xa><Xa|Xa> <bB|bB>_<|>"}
{"p": "(((?i:[[:lower:]]){1,2}?){1,2})|((?:\\p{Lu})?|(?i:\\p{Ll})*?){2}", "s": "A", "subs": [["A", "A", "A", null]], "split": ["", ""], "repl": "<A|A>"}
{"p": "(((?i:[^\\W])+)|(?:([^\\pL]??){1,2})(([[:upper:]]|[[:upper:]])))|a", "s": "acd", "subs": [["acd", "acd", "acd", null, null, null]], "split": ["", ""], "repl": "<acd|acd>"}
{"p": "(((?i:[k])|[^\\s]+(?i:ǅ){0,1}(\\n?|[😀-😂]){1,2}?)+)", "s": "abab", "subs": [["abab", "abab", "abab", ""]], "split": ["", ""], "repl": "<abab|abab>"}
{"p": "(((?i:[k])|[^\\s]+(?i:ǅ){0,1}(\\n?|[😀-😂]){1,2}?)+)", "s": "ab", "subs": [["ab", "ab", "ab", ""]], "split": ["", ""], "repl": "<ab|ab>"}
{"p": "(((?i:\\p{Ll}){0,1}))??|(?:((.{1,2}?|((?i:\\p{Ll})){1,2})))", "s": "ſ", "subs": [["", null, null, null, null, null], ["", null, null, null, null, null]], "split": ["ſ"], "repl": "<|>ſ<|>"}
{"p": "(((?i:\\p{Ll})|[a-c])+([[:upper:]])*(?:(a))*?|(?:((?m:^){1,2}?)é(?i:[^\\W]){1,2})??)+|(\\pP??((?:\\x{301}))){2}", "s": "😀😁x", "subs": [["", "", null, null, null, null, null, null], ["", "", null, null, null, null, null, null], ["x", "x", "x", null, null, null, null, null]], "split": ["😀", "😁", ""], "repl": "<|>😀<|>😁<x|x>"}
{"p": "(((?i:µ)[[:upper:]]*?)[[:upper:]]*(\\p{Sm}|[[:alpha:]])|((\\x{301})|\\p{Nd})*)+?|(((?:[^\\s])|((?i:[k]))([😀-😂]){1,2}?)|(?i:[k]))+?", "s": "ab", "subs": [["", "", null, null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(((?i:µ){1,2}){0,}(?:(?s:.))+|(([\\n]??|[[:upper:]])|(?m:^))+)(?:(?:(?i:a)??[\\p{Greek}a]{1,2}?){0,1}(?i:ſ)*?)*?", "s": "K", "subs": [["K", "K", null, null, null]], "split": ["", ""], "repl": "<K|K>"}
{"p": "(((?i:ſ)){0,}\\p{Lu})", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(((?i:ǅ){0,1}){2}(\\x41|\\p{Cyrillic}){1,2}?|[^\\pL])(?s:.)", "s": "ab ab ab", "subs": [[" a", " ", null, null], [" a", " ", null, null]], "split": ["ab", "b", "b"], "repl": "ab< | a>b< | a>b"}
{"p": "(((?i:ǅ){2}\\n{2}(?:[^\\s]*(?:\\p{Cyrillic}){1,2}?){2}|((?:\\p{Cyrillic})(?i:Å))){2}|(?m:^))", "s": "αβ x", "subs": [["", "", null, null]], "split": ["αβ x"], "repl": "<|>αβ x"}
{"p": "(((?i:ǅ)|[ab]{2})([[:upper:]]|\\n))*(?i:a)??", "s": "ǄǅǆDž", "subs": [["", null, null, null], ["", null, null, null], ["ǆD", "ǆD", "ǆ", "D"], ["", null, null, null]], "split": ["Ǆ", "ǅ", "ž"], "repl": "<|>Ǆ<|>ǅ<ǆD|ǆD>ž<|>"}
{"p": "(((?i:ǅ)|[ab]{2})([[:upper:]]|\\n))*(?i:a)??", "s": "abab", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "(((?i:σ)|((?:\\pL(?i:σ){1,2}?)*?))*?)|((\\x{301}|(?:(?s:.)){0,1}))(?i:ſ)", "s": "ab", "subs": [["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(((?m:$)))+?", "s": "abcd", "subs": [["", "", ""]], "split": ["abcd"], "repl": "abcd<|>"}
{"p": "(((?m:$)*|(?i:Å)){1,2}?|(?:(?:(?:\\pL(?i:ǅ){1,2}?){1,2})))|(?:(?i:\\p{Ll}){1,2}?[\\d\\s])*?", "s": "aaaaaaaaab", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["a", "a", "a", "a", "a", "a", "a", "a", "a", "b"], "repl": "<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>b<|>"}
{"p": "(((?m:$)*|(?i:Å)){1,2}?|(?:(?:(?:\\pL(?i:ǅ){1,2}?){1,2})))|(?:(?i:\\p{Ll}){1,2}?[\\d\\s])*?", "s": "٣4٥", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(((?m:$)\\z))??.", "s": "a", "subs": [["a", null, null]], "split": ["", ""], "repl": "<|a>"}
{"p": "(((?m:$)\\z))??.", "s": "A", "subs": [["A", null, null]], "split": ["", ""], "repl": "<|A>"}
{"p": "(((?m:$)\\z))??.", "s": "😀😁x", "subs": [["😀", null, null], ["😁", null, null], ["x", null, null]], "split": ["", "", "", ""], "repl": "<|😀><|😁><|x>"}
{"p": "(((?m:$){2}|((?i:\\p{Ll})|(é{2}))){2}|([^\\pL]{1,2}?){1,2})+", "s": "αβ x", "subs": [["αβ x", "x", "", "x", null, " "]], "split": ["", ""], "repl": "<x|αβ x>"}
{"p": "(((?m:^){2})((?i:σ)??|(?i:[[:lower:]]){0,1})|(?i:[^\\W])+){1,2}?(?i:a)??", "s": "a\nb", "subs": [["", "", "", ""], ["", "", "", ""]], "split": ["a\n", "b"], "repl": "<|>a\n<|>b"}
{"p": "(((?s:.)|(((?i:\\p{Ll})+?|.{0,1}){0,1}|\\b+\\p{Lu}))??|([^a]){0,})", "s": "Σς", "subs": [["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null]], "split": ["Σ", "ς"], "repl": "<|>Σ<|>ς<|>"}
{"p": "(((A|(?i:[α-ω])??)*))|(([[:alpha:]][\\p{Greek}a]??))(é)$(\\PL+)*?", "s": "s", "subs": [["", "", "", "", null, null, null, null], ["", "", "", "", null, null, null, null]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "(((A|(?i:[α-ω])??)*))|(([[:alpha:]][\\p{Greek}a]??))(é)$(\\PL+)*?", "s": "ΣσςΑα", "subs": [["", "", "", "", null, null, null, null], ["", "", "", "", null, null, null, null], ["", "", "", "", null, null, null, null], ["", "", "", "", null, null, null, null], ["", "", "", "", null, null, null, null], ["", "", "", "", null, null, null, null]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(((A|(?i:[α-ω])??)*))|(([[:alpha:]][\\p{Greek}a]??))(é)$(\\PL+)*?", "s": "ab", "subs": [["", "", "", "", null, null, null, null], ["", "", "", "", null, null, null, null], ["", "", "", "", null, null, null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((([\\d\\s]))[^\\pL]{0,})", "s": "\n\n", "subs": [["\n\n", "\n\n", "\n", "\n"]], "split": ["", ""], "repl": "<\n\n|\n\n>"}
{"p": "((([\\d\\s]{2}){2})(\\p{Sm})|\\d)*|(?:(\\p{Lu}|\\W{1,2}?)(?i:σ)??){2}", "s": "aab", "subs": [["", null, null, null, null, null], ["", null, null, null, null, null], ["", null, null, null, null, null], ["", null, null, null, null, null]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "((([\\p{Greek}a]*)|[^a]*)|\\B+?)+", "s": "αβ x", "subs": [["αβ x", " x", " x", "αβ"]], "split": ["", ""], "repl": "< x|αβ x>"}
{"p": "((([^\\pL]?)*?|(\\p{Nd}A{1,2}?|(?i:a)))*?)*", "s": "s", "subs": [["", "", null, null, null], ["", "", null, null, null]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "((([ab])|\\x41)(?:\\x{301}){2}\\PL*(.{0,}){1,2})|((?:A*)*|((?:\\p{Sm}){1,2}))+(((?i:Å)??)|([[:alpha:]]{0,1}){2}){0,1}\\x41*?", "s": "ab ab ab", "subs": [["", null, null, null, null, "", null, "", "", null], ["", null, null, null, null, "", null, "", "", null], ["", null, null, null, null, "", null, "", "", null], ["", null, null, null, null, "", null, "", "", null], ["", null, null, null, null, "", null, "", "", null], ["", null, null, null, null, "", null, "", "", null], ["", null, null, null, null, "", null, "", "", null], ["", null, null, null, null, "", null, "", "", null], ["", null, null, null, null, "", null, "", "", null]], "split": ["a", "b", " ", "a", "b", " ", "a", "b"], "repl": "<|>a<|>b<|> <|>a<|>b<|> <|>a<|>b<|>"}
{"p": "((([ab])|\\x41)(?:\\x{301}){2}\\PL*(.{0,}){1,2})|((?:A*)*|((?:\\p{Sm}){1,2}))+(((?i:Å)??)|([[:alpha:]]{0,1}){2}){0,1}\\x41*?", "s": "1a2", "subs": [["", null, null, null, null, "", null, "", "", null], ["", null, null, null, null, "", null, "", "", null], ["", null, null, null, null, "", null, "", "", null], ["", null, null, null, null, "", null, "", "", null]], "split": ["1", "a", "2"], "repl": "<|>1<|>a<|>2<|>"}
{"p": "((([ab]|\\w{0,1}){2})+?|(?:\\pP*[\\p{Greek}a])*)(\\n|(\\p{Cyrillic}|[[:alpha:]]{0,1}[[:upper:]])+?)+?", "s": "ab\n", "subs": [["ab\n", "ab", "ab", "b", "\n", null]], "split": ["", ""], "repl": "<ab|ab\n>"}
{"p": "(((\\A)((?i:[^\\W])|\\A{0,})*?))|(((?:\\p{Nd})+|((?i:[k])??|\\p{Lu})*)*?(?:(?:(?i:µ){2}\\p{Sm})+?)+|(?i:Å){1,2})", "s": "ÅåÅ", "subs": [["", "", "", "", null, null, null, null], ["åÅ", null, null, null, null, "åÅ", null, null]], "split": ["Å", ""], "repl": "<|>Å<|åÅ>"}
{"p": "(((\\A)((?i:[^\\W])|\\A{0,})*?))|(((?:\\p{Nd})+|((?i:[k])??|\\p{Lu})*)*?(?:(?:(?i:µ){2}\\p{Sm})+?)+|(?i:Å){1,2})", "s": "A", "subs": [["", "", "", "", null, null, null, null]], "split": ["A"], "repl": "<|>A"}
{"p": "(((\\A)((?i:[^\\W])|\\A{0,})*?))|(((?:\\p{Nd})+|((?i:[k])??|\\p{Lu})*)*?(?:(?:(?i:µ){2}\\p{Sm})+?)+|(?i:Å){1,2})", "s": "ſSsKkK", "subs": [["", "", "", "", null, null, null, null]], "split": ["ſSsKkK"], "repl": "<|>ſSsKkK"}
{"p": "(((\\A)((?i:[^\\W])|\\A{0,})*?))|(((?:\\p{Nd})+|((?i:[k])??|\\p{Lu})*)*?(?:(?:(?i:µ){2}\\p{Sm})+?)+|(?i:Å){1,2})", "s": "s", "subs": [["", "", "", "", null, null, null, null]], "split": ["s"], "repl": "<|>s"}
{"p": "(((\\A[[:alpha:]]|((?m:^){0,1})){0,1}|(?:\\b(?:\\p{Lu})*?)+?)|[[:alpha:]])|\\A([a-c])", "s": "a\nb", "subs": [["a", "a", "a", "a", null, null], ["", "", "", "", "", null], ["", "", "", "", "", null]], "split": ["", "\n", "b"], "repl": "<a|a>\n<|>b<|>"}
{"p": "(((\\A|\\W)+)|(\\p{Nd}|(?s:.))){2}", "s": "a+b=c!", "subs": [["", "", "", "", null], ["+b", "b", "+", "+", "b"], ["=c", "c", "=", "=", "c"]], "split": ["a", "", "!"], "repl": "<|>a<b|+b><c|=c>!"}
{"p": "(((\\pL(?i:σ){1,2}|x{2})|(.*){0,1})){0,1}", "s": "aaaaaaaaab", "subs": [["aaaaaaaaab", "aaaaaaaaab", "aaaaaaaaab", null, "aaaaaaaaab"]], "split": ["", ""], "repl": "<aaaaaaaaab|aaaaaaaaab>"}
{"p": "(((\\pL{1,2}[\\p{Greek}a]|(?:\\B\\pL+){1,2}?)?)|[^\\s]{2}(\\pL?|\\pL+)A*?)*?|(?:(é){2}(\\W{1,2}|x{2}\\n{1,2}?([^\\pL]?|\\w{0,1})??){1,2}?)", "s": "abab", "subs": [["", null, null, null, null, null, null, null], ["", null, null, null, null, null, null, null], ["", null, null, null, null, null, null, null], ["", null, null, null, null, null, null, null], ["", null, null, null, null, null, null, null]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "(((\\pP{1,2}|((?:\\p{Lu}){1,2}?|\\pL)+){2}))", "s": "aaaaaaaaab", "subs": [["aaaaaaaaab", "aaaaaaaaab", "aaaaaaaaab", "b", "b"]], "split": ["", ""], "repl": "<aaaaaaaaab|aaaaaaaaab>"}
{"p": "(((\\p{Cyrillic}|[a-c]))|(.{2}|\\pL+){2}(?m:^)(((?:\\x{301})|[a-c])|A))", "s": "abababab\nbaba", "subs": [["a", "a", "a", "a", null, null, null], ["b", "b", "b", "b", null, null, null], ["a", "a", "a", "a", null, null, null], ["b", "b", "b", "b", null, null, null], ["a", "a", "a", "a", null, null, null], ["b", "b", "b", "b", null, null, null], ["a", "a", "a", "a", null, null, null], ["b", "b", "b", "b", null, null, null], ["b", "b", "b", "b", null, null, null], ["a", "a", "a", "a", null, null, null], ["b", "b", "b", "b", null, null, null], ["a", "a", "a", "a", null, null, null]], "split": ["", "", "", "", "", "", "", "", "\n", "", "", "", ""], "repl": "<a|a><b|b><a|a><b|b><a|a><b|b><a|a><b|b>\n<b|b><a|a><b|b><a|a>"}
{"p": "(((\\p{Cyrillic}|[a-c]))|(.{2}|\\pL+){2}(?m:^)(((?:\\x{301})|[a-c])|A))", "s": "ab", "subs": [["a", "a", "a", "a", null, null, null], ["b", "b", "b", "b", null, null, null]], "split": ["", "", ""], "repl": "<a|a><b|b>"}
{"p": "(((\\p{Nd}|(é|\\p{Sm})))*?|(?m:^))|(?:^((?i:ſ)*?([\\d\\s]|\\p{Cyrillic})|(?:x*?))*?)*", "s": "K", "subs": [["", "", null, null, null, null, null], ["", "", null, null, null, null, null]], "split": ["K"], "repl": "<|>K<|>"}
{"p": "(((\\p{Sm})*?|(?i:a){1,2})|[\\p{Greek}a]+?)", "s": "aab", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "(((\\s|(?i:[[:lower:]]))|(?m:$)*)+){1,2}?((?i:[α-ω]){2})", "s": "KkSsſK", "subs": [], "split": ["KkSsſK"], "repl": "KkSsſK"}
{"p": "(((\\x{301}${0,1}|(?i:σ)){0,1}|[[:alpha:]]*?($)?))", "s": "ab\n", "subs": [["", "", "", null, null], ["", "", "", null, null], ["", "", "", null, null], ["", "", "", null, null]], "split": ["a", "b", "\n"], "repl": "<|>a<|>b<|>\n<|>"}
{"p": "(((\\z{2}){1,2}(\\d){1,2}?)*|\\z(\\s{2}\\A){0,})", "s": "abababab\nbaba", "subs": [["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "(((b|(\\p{Nd}|(?:\\p{Cyrillic})+){0,1})*?)|[\\n]{2}){1,2}?", "s": "ba", "subs": [["", "", "", null, null], ["", "", "", null, null], ["", "", "", null, null]], "split": ["b", "a"], "repl": "<|>b<|>a<|>"}
{"p": "(((x{2}[\\d\\s]*))*|((?:\\x41+?[ab])|(?:(?:[a-c]+?b*?){0,1})))*", "s": "٣4٥", "subs": [["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(((é{1,2}?){0,1}|\\x{301}(?:\\p{Lu})?){0,1}(?i:Å)*)", "s": "acd", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "(((é{1,2}?){0,1}|\\x{301}(?:\\p{Lu})?){0,1}(?i:Å)*)", "s": "s", "subs": [["", "", "", null], ["", "", "", null]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "(((é{1,2}?){0,1}|\\x{301}(?:\\p{Lu})?){0,1}(?i:Å)*)", "s": "a\nb", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["a", "\n", "b"], "repl": "<|>a<|>\n<|>b<|>"}
{"p": "((.|\\pL){0,1})", "s": "\na", "subs": [["", "", null], ["a", "a", "a"]], "split": ["\n", ""], "repl": "<|>\n<a|a>"}
{"p": "((.|\\pL){0,1})", "s": "ǄǅǆDž", "subs": [["Ǆ", "Ǆ", "Ǆ"], ["ǅ", "ǅ", "ǅ"], ["ǆ", "ǆ", "ǆ"], ["D", "D", "D"], ["ž", "ž", "ž"]], "split": ["", "", "", "", "", ""], "repl": "<Ǆ|Ǆ><ǅ|ǅ><ǆ|ǆ><D|D><ž|ž>"}
{"p": "((.|\\pL){0,1})", "s": "ÅåÅ", "subs": [["Å", "Å", "Å"], ["å", "å", "å"], ["Å", "Å", "Å"]], "split": ["", "", "", ""], "repl": "<Å|Å><å|å><Å|Å>"}
{"p": "((?:($+?|(?i:µ))((?i:a)??){1,2}){1,2}?){0,1}(((\\n){0,}|([^\\s]|\\w){1,2}?))", "s": "aab", "subs": [["", null, null, null, "", "", null, null], ["", null, null, null, "", "", null, null], ["", null, null, null, "", "", null, null], ["", "", "", "", "", "", null, null]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "((?:(((?i:[k])??|A))+?))+", "s": "xAxaXa bB_", "subs": [["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], "split": ["x", "A", "x", "a", "X", "a", " ", "b", "B", "_"], "repl": "<|>x<|>A<|>x<|>a<|>X<|>a<|> <|>b<|>B<|>_<|>"}
{"p": "((?:(((?i:Å))|A?)*(\\pP){1,2}){2})", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "((?:(((?i:ǅ))?)*?\\x41{0,}){0,1})", "s": "aab", "subs": [["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "((?:(((?i:σ)+?|\\w)|\\pL)?)*|[^a]{0,})+", "s": "ΣσςΑα", "subs": [["ΣσςΑα", "ΣσςΑα", "α", "ς"]], "split": ["", ""], "repl": "<ΣσςΑα|ΣσςΑα>"}
{"p": "((?:(((?s:.)?)))){1,2}|(([\\d\\s]{1,2}?)|((?s:.))?)+?", "s": "ǄǅǆDž", "subs": [["Ǆǅ", "ǅ", "ǅ", "ǅ", null, null, null], ["ǆD", "D", "D", "D", null, null, null], ["ž", "", "", "", null, null, null]], "split": ["", "", "", ""], "repl": "<ǅ|Ǆǅ><D|ǆD><|ž>"}
{"p": "((?:((?:[^a]))))+", "s": "x a_b", "subs": [["x ", " ", " "], ["_b", "b", "b"]], "split": ["", "a", ""], "repl": "< |x >a<b|_b>"}
{"p": "((?:((?:[😀-😂]\\s*)*?)(?:[[:alpha:]])+?(?:\\W)??)+?)*", "s": "abab", "subs": [["abab", "b", ""]], "split": ["", ""], "repl": "<b|abab>"}
{"p": "((?:((?:[😀-😂]\\s*)*?)(?:[[:alpha:]])+?(?:\\W)??)+?)*", "s": "ab", "subs": [["ab", "b", ""]], "split": ["", ""], "repl": "<b|ab>"}
{"p": "((?:((?:\\PL+)?)?)|((?:\\B)(?:x?)+|(?:\\x{301}){1,2}))", "s": "ab", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((?:((?:\\x{301}\\p{Lu}){0,1}|(?i:[k]){0,1})+)|((\\s??|(?:\\x{301})??)|(?:(?m:$))))+", "s": "aab", "subs": [["", "", "", null, null], ["", "", "", null, null], ["", "", "", null, null], ["", "", "", null, null]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "((?:((?:\\x{301}\\p{Lu}){0,1}|(?i:[k]){0,1})+)|((\\s??|(?:\\x{301})??)|(?:(?m:$))))+", "s": "acd", "subs": [["", "", "", null, null], ["", "", "", null, null], ["", "", "", null, null], ["", "", "", null, null]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "((?:((?i:[^\\W]){1,2}?\\W?))|((?:(?i:a))(?:(?:\\p{Cyrillic})(?s:.)?)+))", "s": "ſSsKkK", "subs": [["ſ", "ſ", "ſ", null], ["S", "S", "S", null], ["s", "s", "s", null], ["K", "K", "K", null], ["kK", "kK", "kK", null]], "split": ["", "", "", "", "", ""], "repl": "<ſ|ſ><S|S><s|s><K|K><kK|kK>"}
{"p": "((?:((?i:[k])*)*?[^a]+)*?)[[:upper:]]+?|\\w\\pP", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "((?:((?m:$)+?)([[:alpha:]]{1,2}?|(?i:Å)*?)??){1,2}|(?i:[^\\W]))", "s": "\na", "subs": [["", "", "", null], ["a", "a", null, null]], "split": ["\n", ""], "repl": "<|>\n<a|a>"}
{"p": "((?:((?m:$)+?)([[:alpha:]]{1,2}?|(?i:Å)*?)??){1,2}|(?i:[^\\W]))", "s": "a\nb", "subs": [["a", "a", null, null], ["b", "b", null, null]], "split": ["", "\n", ""], "repl": "<a|a>\n<b|b>"}
{"p": "((?:(([[:upper:]]|(?:\\x{301}){0,})|(\\B+?))){0,1})", "s": "bbb", "subs": [["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "((?:(([\\n]?))*(.{2}(?i:[k])+?|\\z)*?)??|(?:^{0,1})(b*)A(?:[ab]{2})+)", "s": "ab", "subs": [["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((?:(([^a]|[^a]+?))([^a]{1,2}?)?){1,2}?)", "s": "Σς", "subs": [["Σς", "Σς", "Σ", "Σ", "ς"]], "split": ["", ""], "repl": "<Σς|Σς>"}
{"p": "((?:((\\n{1,2}?|(?i:[α-ω])){0,1})?)){0,}", "s": "a", "subs": [["", "", "", null], ["", "", "", null]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "((?:((\\s*)|(\\PL{2}|(?m:^))??))|é{2}){1,2}?", "s": "é", "subs": [["", "", "", "", null], ["", "", "", "", null]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "((?:((\\z))([ab]{2})*?){0,}|(?i:µ))", "s": "😀😁x", "subs": [["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", "", "", null]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "((?:((é)|(\\x41?)+?))|((((?i:[[:lower:]])|\\A*))??))", "s": "abcd", "subs": [["", "", "", null, "", null, null, null], ["", "", "", null, "", null, null, null], ["", "", "", null, "", null, null, null], ["", "", "", null, "", null, null, null], ["", "", "", null, "", null, null, null]], "split": ["a", "b", "c", "d"], "repl": "<|>a<|>b<|>c<|>d<|>"}
{"p": "((?:(.))|\\W{0,1})(((?i:[α-ω]){1,2}|\\pP)|((?:[a-c])+?|[^\\s]))", "s": "é", "subs": [["é", "", null, "é", null, "é"]], "split": ["", ""], "repl": "<|é>"}
{"p": "((?:(?:((?i:µ))+?))|(((?i:a))|((?i:ſ){1,2}|((?i:ǅ)|[😀-😂])){1,2}){0,1}){2}|((((\\pL{0,1}))+?|\\p{Nd}){0,}|(?:((\\PL|(?i:ſ){0,}))(?:(?:(?i:a){1,2}?))??){0,1})", "s": "ab", "subs": [["a", "", null, "a", "a", null, null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null, null, null, null, null]], "split": ["", "b"], "repl": "<|a>b<|>"}
{"p": "((?:(?:(?i:\\p{Ll})*?)([^\\s]){1,2}))", "s": "aaaa", "subs": [["aa", "aa", "a"], ["aa", "aa", "a"]], "split": ["", "", ""], "repl": "<aa|aa><aa|aa>"}
{"p": "((?:(?:(?i:ǅ))?)??|(\\s{1,2}?|\\pL))", "s": "µΜμ", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["µ", "Μ", "μ"], "repl": "<|>µ<|>Μ<|>μ<|>"}
{"p": "((?:(?:([a-c]+)){1,2}))|(?i:[[:lower:]]){2}", "s": "ba", "subs": [["ba", "ba", "ba"]], "split": ["", ""], "repl": "<ba|ba>"}
{"p": "((?:(?:([a-c]+)){1,2}))|(?i:[[:lower:]]){2}", "s": "ab", "subs": [["ab", "ab", "ab"]], "split": ["", ""], "repl": "<ab|ab>"}
{"p": "((?:(?:(\\w))+(\\d|(?i:σ)){0,}){2}|((?i:[[:lower:]]))){0,}", "s": "s", "subs": [["s", "s", null, null, "s"]], "split": ["", ""], "repl": "<s|s>"}
{"p": "((?:(?:[[:upper:]]+)(?:\\p{Lu})*?([ab]?|[[:alpha:]]?){1,2}?)*)??|((?i:[α-ω])|(?i:a)(?:(?i:ǅ))\\PL{2}\\d*?)", "s": "ab", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((?:(?:\\b)(a)?)*?(([[:alpha:]])|(?s:.){2}){0,})", "s": "ab", "subs": [["ab", "ab", null, "b", "b"]], "split": ["", ""], "repl": "<ab|ab>"}
{"p": "((?:(?:\\d{0,1})+){1,2})*((?s:.){1,2}?)", "s": "Ab aB", "subs": [["A", "", "A"], ["b", "", "b"], [" ", "", " "], ["a", "", "a"], ["B", "", "B"]], "split": ["", "", "", "", "", ""], "repl": "<|A><|b><| ><|a><|B>"}
{"p": "((?:(?:\\p{Nd}){0,1}[\\d\\s][a-c]*)|((?:(?i:[[:lower:]]){1,2}?(?m:$){0,1})?))", "s": "abab", "subs": [["a", "a", "a"], ["b", "b", "b"], ["a", "a", "a"], ["b", "b", "b"]], "split": ["", "", "", "", ""], "repl": "<a|a><b|b><a|a><b|b>"}
{"p": "((?:(?:\\p{Nd}){0,1}[\\d\\s][a-c]*)|((?:(?i:[[:lower:]]){1,2}?(?m:$){0,1})?))", "s": "A", "subs": [["A", "A", "A"]], "split": ["", ""], "repl": "<A|A>"}
{"p": "((?:(?:\\p{Sm})((${1,2}?)|($*)*?){0,1})|(é|(x){0,}))", "s": "ab", "subs": [["", "", null, null, null, "", null], ["", "", null, null, null, "", null], ["", "", null, null, null, "", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((?:(?:^*?[😀-😂]*){0,})){1,2}?", "s": "a+b=c!", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "+", "b", "=", "c", "!"], "repl": "<|>a<|>+<|>b<|>=<|>c<|>!<|>"}
{"p": "((?:(?:^*?[😀-😂]*){0,})){1,2}?", "s": "😀😁x", "subs": [["😀😁", "😀😁"], ["", ""]], "split": ["", "x"], "repl": "<😀😁|😀😁>x<|>"}
{"p": "((?:(?:^*?[😀-😂]*){0,})){1,2}?", "s": "ab", "subs": [["", ""], ["", ""], ["", ""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((?:(?i:[[:lower:]])([[:alpha:]]?|(?:(?i:ſ)))?))", "s": "Σς", "subs": [], "split": ["Σς"], "repl": "Σς"}
{"p": "((?:(?i:µ)[\\d\\s]{0,1}(\\PL))?)|(?i:Å)+?", "s": "1a2", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["1", "a", "2"], "repl": "<|>1<|>a<|>2<|>"}
{"p": "((?:(?i:µ){2}(?:(?:.?){2}){0,})|(?:(?:[^\\s]{1,2}?(?i:[α-ω]){2}))){1,2}|(?:(\\p{Lu}|\\A))(a+)?(((x)){0,}|\\w)+", "s": "µΜμ", "subs": [["µΜμ", "µΜμ", null, null, null, null, null]], "split": ["", ""], "repl": "<µΜμ|µΜμ>"}
{"p": "((?:(?i:ſ)))|x{1,2}?", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "((?:(?i:ſ)*)|[[:alpha:]](\\B)(\\W){2})|((?i:σ)|a{1,2})", "s": "\na", "subs": [["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null]], "split": ["\n", "a"], "repl": "<|>\n<|>a<|>"}
{"p": "((?:(?i:ǅ){0,1}))|(?i:[k])", "s": "٣4٥", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "((?:(?m:$)(?i:ǅ)*?)+)*?", "s": "abababab\nbaba", "subs": [["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "((?:([^\\pL]{0,1}[^\\s])){0,1})*", "s": "ab", "subs": [["ab", "b", "b"]], "split": ["", ""], "repl": "<b|ab>"}
{"p": "((?:(\\pP{1,2}?)){1,2}|(?s:.))", "s": "bbb", "subs": [["b", "b", null], ["b", "b", null], ["b", "b", null]], "split": ["", "", "", ""], "repl": "<b|b><b|b><b|b>"}
{"p": "((?:(\\p{Nd}|(?:\\p{Nd})??)){1,2}?|(?:(?:.{0,}){0,1}))(\\W)|((?:\\p{Sm}){2}){0,1}", "s": "aab", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "((?:(\\s(?i:[k]){1,2}?|é*[^\\pL]??)(?:((?m:^){0,})+(?:\\x{301})*?){1,2}))", "s": "😀😁x", "subs": [["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "((?:(^)[[:alpha:]][a-c]{1,2}?){0,1}|([ab]|[\\d\\s]?)((?:\\x{301})+?)*b(?i:\\p{Ll}){2})", "s": "", "subs": [["", "", null, null, null]], "split": [""], "repl": "<|>"}
{"p": "((?:(^|(?i:ǅ)))\\w)|((?i:Å)|((?:\\z{0,}(?i:[^\\W])a??)*?))", "s": "ab", "subs": [["a", "a", "", null, null], ["", null, null, "", ""]], "split": ["", "b"], "repl": "<a|a>b<|>"}
{"p": "((?:A(?m:^)(?m:$){1,2}?)|\\p{Cyrillic})", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "((?:A*){0,})", "s": "a\nb", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "\n", "b"], "repl": "<|>a<|>\n<|>b<|>"}
{"p": "((?:A*){0,})", "s": "xAxaXa bB_", "subs": [["", ""], ["A", "A"], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["x", "x", "a", "X", "a", " ", "b", "B", "_"], "repl": "<|>x<A|A>x<|>a<|>X<|>a<|> <|>b<|>B<|>_<|>"}
{"p": "((?:A*){0,})", "s": "ab", "subs": [["", ""], ["", ""], ["", ""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((?:[[:alpha:]]){0,1}(\\PL)*)??", "s": "aaaaaaaaab", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["a", "a", "a", "a", "a", "a", "a", "a", "a", "b"], "repl": "<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>b<|>"}
{"p": "((?:[[:upper:]]{2}$??)??((?i:\\p{Ll}))|(?:(?:\\p{Cyrillic}){0,}x)){0,}[😀-😂]", "s": "Ab aB", "subs": [], "split": ["Ab aB"], "repl": "Ab aB"}
{"p": "((?:[^\\s])|a)", "s": "ab", "subs": [["a", "a"], ["b", "b"]], "split": ["", "", ""], "repl": "<a|a><b|b>"}
{"p": "((?:[^\\s]{2})(((?m:$)|\\p{Sm})|($+?))??|(?i:[k]){0,}((?i:µ){1,2}?|\\w)[[:upper:]])", "s": "aaaaaaaaab", "subs": [["aa", "aa", null, null, null, null], ["aa", "aa", null, null, null, null], ["aa", "aa", null, null, null, null], ["aa", "aa", null, null, null, null], ["ab", "ab", null, null, null, null]], "split": ["", "", "", "", "", ""], "repl": "<aa|aa><aa|aa><aa|aa><aa|aa><ab|ab>"}
{"p": "((?:[^a])){0,1}", "s": "ab ab ab", "subs": [["", null], ["b", "b"], [" ", " "], ["b", "b"], [" ", " "], ["b", "b"]], "split": ["a", "", "a", "", "a", ""], "repl": "<|>a<b|b>< | >a<b|b>< | >a<b|b>"}
{"p": "((?:[ab])(?i:µ)(?i:[k])*[a-c]|((?:\\p{Sm})(?i:σ)[\\d\\s]))", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "((?:\\A$??)?)|(?:\\p{Cyrillic})*[😀-😂]{1,2}?", "s": "é", "subs": [["", ""], ["", ""]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "((?:\\B))", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "((?:\\PL)+)", "s": "1a2", "subs": [["1", "1"], ["2", "2"]], "split": ["", "a", ""], "repl": "<1|1>a<2|2>"}
{"p": "((?:\\d(?:\\PL{0,1}\\z{1,2}?){1,2}){2})+|(?i:[[:lower:]])+", "s": "ab", "subs": [["ab", null]], "split": ["", ""], "repl": "<|ab>"}
{"p": "((?:\\pP((?m:$)){1,2}?)??|((?i:µ)|\\pL??^+?(?i:[α-ω])))", "s": "K", "subs": [["", "", null, null], ["", "", null, null]], "split": ["K"], "repl": "<|>K<|>"}
{"p": "((?:\\p{Cyrillic})*)", "s": "s", "subs": [["", ""], ["", ""]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "((?:\\p{Cyrillic})+?)", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "((?:\\p{Cyrillic})+?|(?i:\\p{Ll})??((?i:[k])[😀-😂]{2})+?)|[[:upper:]]\\p{Cyrillic}", "s": "😀😁x", "subs": [], "split": ["😀😁x"], "repl": "😀😁x"}
{"p": "((?:\\p{Cyrillic})?)", "s": "k", "subs": [["", ""], ["", ""]], "split": ["k"], "repl": "<|>k<|>"}
{"p": "((?:\\p{Cyrillic}){1,2}?)\\n??(?i:\\p{Ll})((?m:^){0,1}|\\d)(\\pP{1,2}?){0,1}|(?:(?:\\p{Sm})*?(?:(?:\\PL))[\\n]*){2}", "s": "ba", "subs": [], "split": ["ba"], "repl": "ba"}
{"p": "((?:\\p{Lu}){0,1}|((\\s{0,})|^))*$+|(((?:[^\\pL])|(?:(?i:µ)??))|(?i:[^\\W])){2}", "s": "ÅåÅ", "subs": [["", null, null, null, "", ""], ["", null, null, null, "", ""], ["Å", "Å", null, null, null, null]], "split": ["Å", "å", ""], "repl": "<|>Å<|>å<Å|Å>"}
{"p": "((?:\\p{Lu}){0,1}|(?:(?m:^)(?:(?:\\p{Cyrillic}){0,})))|(\\s\\n[ab]?){1,2}(?i:\\p{Ll})(?:[\\p{Greek}a]){1,2}?", "s": "ab", "subs": [["", "", null], ["", "", null], ["", "", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((?:\\p{Sm})+?(.(?i:ǅ)))", "s": "\n\n", "subs": [], "split": ["\n\n"], "repl": "\n\n"}
{"p": "((?:\\p{Sm})+|((?:(?i:[^\\W]))+?|.[^\\s]*){0,}(\\x41{1,2}|\\x{301})+)", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "((?:\\p{Sm})+|((?:(?i:[^\\W]))+?|.[^\\s]*){0,}(\\x41{1,2}|\\x{301})+)", "s": "ǄǅǆDž", "subs": [], "split": ["ǄǅǆDž"], "repl": "ǄǅǆDž"}
{"p": "((?:\\p{Sm})+|((?:(?i:[^\\W]))+?|.[^\\s]*){0,}(\\x41{1,2}|\\x{301})+)", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "((?:\\p{Sm})+|((?:\\d)??)*?)|([^\\pL]|(((?i:[^\\W])|(\\b))|((\\pL|\\B)){1,2}?)*)", "s": "a\nb", "subs": [["", "", null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null]], "split": ["a", "\n", "b"], "repl": "<|>a<|>\n<|>b<|>"}
{"p": "((?:\\p{Sm}){0,}|(?i:\\p{Ll})){0,1}", "s": "éé", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["e", "́", "é"], "repl": "<|>e<|>́<|>é<|>"}
{"p": "((?:\\p{Sm}){1,2}?(?i:Å))+?(?i:µ)+?", "s": "A", "subs": [], "split": ["A"], "repl": "A"}
{"p": "((?:\\p{Sm}){1,2}|\\p{Cyrillic})", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "((?:\\p{Sm}\\B*(\\pP){1,2})*|(?:[\\d\\s]))", "s": "x a_b", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["x", " ", "a", "_", "b"], "repl": "<|>x<|> <|>a<|>_<|>b<|>"}
{"p": "((?:\\x41{2}(?i:µ)\\B?){1,2}\\d{1,2}?|(?:[\\d\\s])+)??|((?:(?:[\\p{Greek}a]+?){2}\\z{0,}[a-c](?i:[[:lower:]])+?))??", "s": "a", "subs": [["", null, null], ["", null, null]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "((?:\\z)+?){0,1}", "s": "Σς", "subs": [["", null], ["", null], ["", ""]], "split": ["Σ", "ς"], "repl": "<|>Σ<|>ς<|>"}
{"p": "((?:\\z)|(\\b*?){1,2})", "s": "abababab\nbaba", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", null]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "((?:^{1,2}?){1,2}?((?s:.)|^)(?i:[^\\W])[^\\s]*?|(?:a\\W{0,1}^+?((?:(?i:[[:lower:]]){1,2})|(?i:[k])?(?i:Å){2})+?)+?)", "s": "1a2", "subs": [["1a", "1a", "1", null]], "split": ["", "2"], "repl": "<1a|1a>2"}
{"p": "((?:a))?^[\\p{Greek}a]*(?i:σ)", "s": "a\nb", "subs": [], "split": ["a\nb"], "repl": "a\nb"}
{"p": "((?:a+((?i:[α-ω])??){1,2}){2})", "s": "a\nb", "subs": [], "split": ["a\nb"], "repl": "a\nb"}
{"p": "((?:é?)|[\\d\\s]?)(?:(?i:Å)(?:\\w+?)??)+?((?:([^\\pL]))|(?:\\p{Nd}){2})|\\PL{1,2}?", "s": "A", "subs": [], "split": ["A"], "repl": "A"}
{"p": "((?:é?)|[\\d\\s]?)(?:(?i:Å)(?:\\w+?)??)+?((?:([^\\pL]))|(?:\\p{Nd}){2})|\\PL{1,2}?", "s": "abab", "subs": [], "split": ["abab"], "repl": "abab"}
{"p": "((?i:[[:lower:]]))*?", "s": "ba", "subs": [["", null], ["", null], ["", null]], "split": ["b", "a"], "repl": "<|>b<|>a<|>"}
{"p": "((?i:[[:lower:]])){0,}|(?i:ſ)", "s": "\n\n", "subs": [["", null], ["", null], ["", null]], "split": ["\n", "\n"], "repl": "<|>\n<|>\n<|>"}
{"p": "((?i:[[:lower:]]){0,1})|((?:(?i:ſ)))*?(?i:[[:lower:]]){0,1}", "s": "Σς", "subs": [["", "", null], ["", "", null], ["", "", null]], "split": ["Σ", "ς"], "repl": "<|>Σ<|>ς<|>"}
{"p": "((?i:[[:lower:]]){1,2})?(?:\\pL(\\x41{1,2}?)+)", "s": "abababab\nbaba", "subs": [], "split": ["abababab\nbaba"], "repl": "abababab\nbaba"}
{"p": "((?i:[[:lower:]])|(?i:ſ){0,1}){1,2}?", "s": "acd", "subs": [["a", "a"], ["c", "c"], ["d", "d"]], "split": ["", "", "", ""], "repl": "<a|a><c|c><d|d>"}
{"p": "((?i:[^\\W])((?:\\n{1,2})*?|(\\d{1,2}?))+?)", "s": "acd", "subs": [["a", "a", "", null], ["c", "c", "", null], ["d", "d", "", null]], "split": ["", "", "", ""], "repl": "<a|a><c|c><d|d>"}
{"p": "((?i:[^\\W])((?:\\n{1,2})*?|(\\d{1,2}?))+?)", "s": "ſ", "subs": [["ſ", "ſ", "", null]], "split": ["", ""], "repl": "<ſ|ſ>"}
{"p": "((?i:[^\\W]))|(?s:.)", "s": "ba", "subs": [["b", "b"], ["a", "a"]], "split": ["", "", ""], "repl": "<b|b><a|a>"}
{"p": "((?i:[^\\W])*)", "s": "ΣσςΑα", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "((?i:[^\\W]){1,2}){1,2}|\\z", "s": "abababab\nbaba", "subs": [["abab", "ab"], ["abab", "ab"], ["baba", "ba"]], "split": ["", "", "\n", ""], "repl": "<ab|abab><ab|abab>\n<ba|baba>"}
{"p": "((?i:[k])|(?:${0,1}){0,})+", "s": "ÅåÅ", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "((?i:[k])|(?:${0,1}){0,})+", "s": "a\nb", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "\n", "b"], "repl": "<|>a<|>\n<|>b<|>"}
{"p": "((?i:[k])|(?:${0,1}){0,})+", "s": "ab", "subs": [["", ""], ["", ""], ["", ""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((?i:[α-ω])??|((?:(?i:σ))|(((?i:[[:lower:]]){0,}|${0,1})|\\s){2})?)+", "s": "é", "subs": [["", "", null, null, null], ["", "", null, null, null]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "((?i:[α-ω])??|((?:(?i:σ))|(((?i:[[:lower:]]){0,}|${0,1})|\\s){2})?)+", "s": "αβ x", "subs": [["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null]], "split": ["α", "β", " ", "x"], "repl": "<|>α<|>β<|> <|>x<|>"}
{"p": "((?i:\\p{Ll}){1,2}((b*?)))*|\\pP", "s": "Ab aB", "subs": [["Ab", "Ab", "", ""], ["aB", "aB", "", ""]], "split": ["", " ", ""], "repl": "<Ab|Ab> <aB|aB>"}
{"p": "((?i:\\p{Ll})|([\\n]??|\\B\\n*(?:(?i:[k]))))", "s": "Привет мир", "subs": [["П", "П", null], ["р", "р", null], ["и", "и", null], ["в", "в", null], ["е", "е", null], ["т", "т", null], ["м", "м", null], ["и", "и", null], ["р", "р", null]], "split": ["", "", "", "", "", "", " ", "", "", ""], "repl": "<П|П><р|р><и|и><в|в><е|е><т|т> <м|м><и|и><р|р>"}
{"p": "((?i:a))", "s": "ab", "subs": [["a", "a"]], "split": ["", "b"], "repl": "<a|a>b"}
{"p": "((?i:a))", "s": "aab", "subs": [["a", "a"], ["a", "a"]], "split": ["", "", "b"], "repl": "<a|a><a|a>b"}
{"p": "((?i:a)*((\\d?|[[:alpha:]]*){1,2}?|(?i:σ){0,1}){1,2})??", "s": "Ab aB", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["A", "b", " ", "a", "B"], "repl": "<|>A<|>b<|> <|>a<|>B<|>"}
{"p": "((?i:µ))", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "((?i:µ))??|(?:(?:([\\n]??)*)([^\\s]|(b|(?i:[k])))+)", "s": "ab\n", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["a", "b", "\n"], "repl": "<|>a<|>b<|>\n<|>"}
{"p": "((?i:µ)?[^\\pL]\\n*?(?i:σ){1,2}?)", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "((?i:µ)?[^\\pL]\\n*?(?i:σ){1,2}?)", "s": "aaaaaaaaab", "subs": [], "split": ["aaaaaaaaab"], "repl": "aaaaaaaaab"}
{"p": "((?i:ſ))?", "s": "ab", "subs": [["", null], ["", null], ["", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "((?i:ǅ)([^\\s]|[^\\pL])+|[[:alpha:]]+?)+", "s": "ǄǅǆDž", "subs": [["ǄǅǆDž", "ǄǅǆDž", "ž"]], "split": ["", ""], "repl": "<ǄǅǆDž|ǄǅǆDž>"}
{"p": "((?i:ǅ)([^\\s]|[^\\pL])+|[[:alpha:]]+?)+", "s": "a+b=c!", "subs": [["a", "a", null], ["b", "b", null], ["c", "c", null]], "split": ["", "+", "=", "!"], "repl": "<a|a>+<b|b>=<c|c>!"}
{"p": "((?i:ǅ)){2}", "s": "\na", "subs": [], "split": ["\na"], "repl": "\na"}
{"p": "((?i:ǅ)?){1,2}?", "s": "ÅåÅ", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "((?i:ǅ)?){1,2}?", "s": "éé", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["e", "́", "é"], "repl": "<|>e<|>́<|>é<|>"}
{"p": "((?m:$)((\\s{1,2}?))|((?:(?i:[^\\W])\\b{2}(\\d)?)?)??)??", "s": "a", "subs": [["", null, null, null, null, null], ["", null, null, null, null, null]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "((?m:$))+(?:((\\z)|(A+?))[^\\s]+)+", "s": "A", "subs": [], "split": ["A"], "repl": "A"}
{"p": "((?m:$)*|((?:[^\\pL]{2}[ab]??)|(?:([\\p{Greek}a]|\\s))){0,}){1,2}?|[^\\pL]{0,1}(?i:\\p{Ll})", "s": "aaaaaaaaab", "subs": [["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null]], "split": ["a", "a", "a", "a", "a", "a", "a", "a", "a", "b"], "repl": "<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>b<|>"}
{"p": "((?m:$)+?|((?:((?s:.)+|[\\p{Greek}a]+?)(\\x41{0,})??){2}|(?:\\p{Cyrillic}){1,2}?\\p{Nd}))|(?:(((?i:ǅ))){1,2}(?:([ab]))?){1,2}[[:upper:]](?:^((?i:µ)|(?i:ǅ)){1,2}){0,}", "s": "x a_b", "subs": [["x a_b", "x a_b", "x a_b", "b", null, null, null, null, null]], "split": ["", ""], "repl": "<x a_b|x a_b>"}
{"p": "((?m:$)|((?:(?i:Å).+)+)){1,2}[^a]", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "((?m:$)|((?:(?i:Å).+)+)){1,2}[^a]", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "((?m:$)|\\d{1,2})", "s": "a+b=c!", "subs": [["", ""]], "split": ["a+b=c!"], "repl": "a+b=c!<|>"}
{"p": "((?m:^)*)??", "s": "é", "subs": [["", null], ["", null]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "((?m:^)*)??", "s": "abab", "subs": [["", null], ["", null], ["", null], ["", null], ["", null]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "((?m:^)*)??", "s": "bbb", "subs": [["", null], ["", null], ["", null], ["", null]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "((?m:^)*)??", "s": "Ab aB", "subs": [["", null], ["", null], ["", null], ["", null], ["", null], ["", null]], "split": ["A", "b", " ", "a", "B"], "repl": "<|>A<|>b<|> <|>a<|>B<|>"}
{"p": "((?s:.)^|.)((?:((?m:^)*)*){0,1})*?|\\n?", "s": "a+b=c!", "subs": [["a", "a", null, null], ["+", "+", null, null], ["b", "b", null, null], ["=", "=", null, null], ["c", "c", null, null], ["!", "!", null, null]], "split": ["", "", "", "", "", "", ""], "repl": "<a|a><+|+><b|b><=|=><c|c><!|!>"}
{"p": "((?s:.){0,}(\\n)+)((\\pL[[:alpha:]]{1,2}?|b\\b)|(?:\\W{1,2}?(?i:µ)+))", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "((?s:.){0,}|((([\\n]))*?|(?i:Å){1,2}?)?)|(?:(?i:Å)){0,1}(\\n|(\\d*?)){2}", "s": "abcd", "subs": [["abcd", "abcd", null, null, null, null, null]], "split": ["", ""], "repl": "<abcd|abcd>"}
{"p": "((?s:.){2}|(?i:ſ))", "s": "abababab\nbaba", "subs": [["ab", "ab"], ["ab", "ab"], ["ab", "ab"], ["ab", "ab"], ["\nb", "\nb"], ["ab", "ab"]], "split": ["", "", "", "", "", "", "a"], "repl": "<ab|ab><ab|ab><ab|ab><ab|ab><\nb|\nb><ab|ab>a"}
{"p": "((A)+?(?:(?:[a-c]){1,2}?)|(((?m:^)|(?i:[α-ω]))?((?m:^)??|\\x{301}){2}|((?i:[k]))[ab]{1,2}?))|(?:(?:\\pL??\\pP[ab]{0,})*?)\\pL", "s": "abababab\nbaba", "subs": [["", "", null, "", "", "", null], ["", "", null, "", null, "", null], ["", "", null, "", null, "", null], ["", "", null, "", null, "", null], ["", "", null, "", null, "", null], ["", "", null, "", null, "", null], ["", "", null, "", null, "", null], ["", "", null, "", null, "", null], ["", "", null, "", null, "", null], ["", "", null, "", "", "", null], ["", "", null, "", null, "", null], ["", "", null, "", null, "", null], ["", "", null, "", null, "", null], ["", "", null, "", null, "", null]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "((A?){0,1}(?i:ſ)|(?:(a|[[:upper:]])*?)((?:\\x41?[^a]{2}){1,2}?))", "s": "Σς", "subs": [["Σς", "Σς", null, null, "Σς"]], "split": ["", ""], "repl": "<Σς|Σς>"}
{"p": "(([[:alpha:]])+?)", "s": "abcd", "subs": [["a", "a", "a"], ["b", "b", "b"], ["c", "c", "c"], ["d", "d", "d"]], "split": ["", "", "", "", ""], "repl": "<a|a><b|b><c|c><d|d>"}
{"p": "(([[:upper:]]{0,})+)", "s": "k", "subs": [["", "", ""], ["", "", ""]], "split": ["k"], "repl": "<|>k<|>"}
{"p": "(([[:upper:]]{0,})+)", "s": "\na", "subs": [["", "", ""], ["", "", ""], ["", "", ""]], "split": ["\n", "a"], "repl": "<|>\n<|>a<|>"}
{"p": "(([[:upper:]]|(?i:[^\\W])+)+?(?:([[:alpha:]]*?))*|[[:upper:]])|((?i:ǅ))\\p{Nd}", "s": "K", "subs": [["K", "K", "K", "", null]], "split": ["", ""], "repl": "<K|K>"}
{"p": "(([[:upper:]]|[[:upper:]]{1,2})\\A?|x)\\A", "s": "aaaaaaaaab", "subs": [], "split": ["aaaaaaaaab"], "repl": "aaaaaaaaab"}
{"p": "(([\\d\\s]|[\\d\\s]+?\\p{Cyrillic}){2})(?i:µ)", "s": "abcd", "subs": [], "split": ["abcd"], "repl": "abcd"}
{"p": "(([\\d\\s]|\\w)){1,2}?a((\\s{0,}|((?i:[k])??|(?m:^)){1,2}?))??", "s": "Σς", "subs": [], "split": ["Σς"], "repl": "Σς"}
{"p": "(([\\n](?i:a){0,}))((?i:ſ))*?", "s": "a\nb", "subs": [["\n", "\n", "\n", null]], "split": ["a", "b"], "repl": "a<\n|\n>b"}
{"p": "(([\\n]|(([^a])?|((?:\\p{Lu})+?)??)))", "s": "ab", "subs": [["", "", "", "", null, null], ["b", "b", "b", "b", "b", null]], "split": ["a", ""], "repl": "<|>a<b|b>"}
{"p": "(([\\n]|([ab]{0,}|(^)))){2}", "s": "ſSsKkK", "subs": [["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null]], "split": ["ſ", "S", "s", "K", "k", "K"], "repl": "<|>ſ<|>S<|>s<|>K<|>k<|>K<|>"}
{"p": "(([^\\s])\\x{301}|\\n*)*|(((?i:ſ)((?i:ſ))|[a-c]*)*?)+", "s": "1a2", "subs": [["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null]], "split": ["1", "a", "2"], "repl": "<|>1<|>a<|>2<|>"}
{"p": "(([^\\s]|[\\n]){1,2}([\\p{Greek}a]){2}|\\A)+", "s": "A", "subs": [["", "", null, null]], "split": ["A"], "repl": "<|>A"}
{"p": "(([a-c]|((?i:ſ)*))){0,1}(\\n{1,2}?)+", "s": "KkSsſK", "subs": [], "split": ["KkSsſK"], "repl": "KkSsſK"}
{"p": "(([ab]??))|(?:(?:((?i:\\p{Ll}))))\\s{2}", "s": "\na", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["\n", "a"], "repl": "<|>\n<|>a<|>"}
{"p": "(([ab]{1,2}[ab]{0,}|(?i:[^\\W])*){0,}){0,1}[[:upper:]]", "s": "a\nb", "subs": [], "split": ["a\nb"], "repl": "a\nb"}
{"p": "(([ab]|($|(?:x*[^\\pL]+){1,2}?))){0,}", "s": "ab ab ab", "subs": [["ab ab ab", "b", "b", " "]], "split": ["", ""], "repl": "<b|ab ab ab>"}
{"p": "(([😀-😂])|(?:(?:.\\W??((?m:$)|[^\\s])?){1,2}?(?:(?i:ſ)?[\\d\\s]b(?i:ǅ)*?){2}))", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "((\\A)){0,1}", "s": "xAxaXa bB_", "subs": [["", "", ""], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["x", "A", "x", "a", "X", "a", " ", "b", "B", "_"], "repl": "<|>x<|>A<|>x<|>a<|>X<|>a<|> <|>b<|>B<|>_<|>"}
{"p": "((\\A)){0,1}", "s": "abab", "subs": [["", "", ""], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "((\\A*?[\\p{Greek}a]){1,2})(?:((\\w){0,1}|.[\\p{Greek}a]{0,})){2}", "s": "\na", "subs": [["a", "a", "a", "", null]], "split": ["\n", ""], "repl": "\n<a|a>"}
{"p": "((\\A+)+|(((?i:a)+?)|\\w+){1,2}?){1,2}?", "s": "٣4٥", "subs": [["", "", "", null, null], ["4", "4", null, "4", null]], "split": ["٣", "٥"], "repl": "<|>٣<4|4>٥"}
{"p": "((\\A+)+|(((?i:a)+?)|\\w+){1,2}?){1,2}?", "s": "ba", "subs": [["", "", "", null, null], ["a", "a", null, "a", "a"]], "split": ["b", ""], "repl": "<|>b<a|a>"}
{"p": "((\\A{1,2}|[ab]?(?i:\\p{Ll}))*?(?i:Å))", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "((\\B+(?i:σ))(([ab]{2})|\\b{1,2}[^\\s])){0,1}", "s": "1a2", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["1", "a", "2"], "repl": "<|>1<|>a<|>2<|>"}
{"p": "((\\PL{2})?(((?:\\p{Sm})?){0,})|[^\\s])*?", "s": "A", "subs": [["", null, null, null, null], ["", null, null, null, null]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "((\\PL{2})?(((?:\\p{Sm})?){0,})|[^\\s])*?", "s": "😀😁x", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "((\\W|((?:b)+?|[a-c]x){1,2}?)|\\A{1,2}?)|(?:(((?:[^\\s]\\s*?)*))?)", "s": "x a_b", "subs": [["", "", null, null, null, null], [" ", " ", " ", null, null, null], ["a_b", null, null, null, "a_b", "a_b"]], "split": ["x", "", ""], "repl": "<|>x< | ><|a_b>"}
{"p": "((\\b))+", "s": "ǄǅǆDž", "subs": [["", "", ""], ["", "", ""]], "split": ["Ǆǅǆ", "D", "ž"], "repl": "Ǆǅǆ<|>D<|>ž"}
{"p": "((\\b??|\\pP+)(?:\\pP)*){1,2}(?i:σ)[\\d\\s]|(?:((?:[^a])))?", "s": "a", "subs": [["", null, null, null], ["", null, null, null]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "((\\b??|\\pP+)(?:\\pP)*){1,2}(?i:σ)[\\d\\s]|(?:((?:[^a])))?", "s": "Ab aB", "subs": [["A", null, null, "A"], ["b", null, null, "b"], [" ", null, null, " "], ["B", null, null, "B"]], "split": ["", "", "", "a", ""], "repl": "<|A><|b><| >a<|B>"}
{"p": "((\\b{0,1}\\p{Cyrillic})*?)", "s": "a+b=c!", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["a", "+", "b", "=", "c", "!"], "repl": "<|>a<|>+<|>b<|>=<|>c<|>!<|>"}
{"p": "((\\b{1,2}))|((\\PL|(((?i:σ))))+?)", "s": "a\nb", "subs": [["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null]], "split": ["a", "\n", "b"], "repl": "<|>a<|>\n<|>b<|>"}
{"p": "((\\d??)?|(?:\\p{Sm})(?m:^){2}([😀-😂]){1,2})", "s": "s", "subs": [["", "", "", null], ["", "", "", null]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "((\\d|[\\d\\s])\\pP[ab]*?|(?:((?i:a))))?((\\PL)*?|(?i:[[:lower:]]))", "s": "a+b=c!", "subs": [["a", "a", null, "a", "", null], ["", null, null, null, "", null], ["", null, null, null, "", null], ["", null, null, null, "", null], ["", null, null, null, "", null], ["", null, null, null, "", null]], "split": ["", "+", "b", "=", "c", "!"], "repl": "<a|a>+<|>b<|>=<|>c<|>!<|>"}
{"p": "((\\n|((?i:[[:lower:]]))??)|((?m:^)+|[a-c]{0,1}){0,})?", "s": "é", "subs": [["", "", "", null, null], ["", "", "", null, null]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "((\\pPx))(?:\\w)", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "((\\p{Nd})|A{2})??|(?i:µ)", "s": "éé", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["e", "́", "é"], "repl": "<|>e<|>́<|>é<|>"}
{"p": "((\\s)(?i:ſ)+)b*", "s": "a\nb", "subs": [], "split": ["a\nb"], "repl": "a\nb"}
{"p": "((\\s))|((a{0,}(b|\\pL){1,2}?|(?m:^))?|((b{0,}|((?i:\\p{Ll})*)+){1,2}|(\\A(?:\\x{301})+?|(a+?)?))??)", "s": "bbb", "subs": [["b", null, null, "b", "b", "b", null, null, null, null, null], ["b", null, null, "b", "b", "b", null, null, null, null, null], ["b", null, null, "b", "b", "b", null, null, null, null, null]], "split": ["", "", "", ""], "repl": "<|b><|b><|b>"}
{"p": "((\\x41|é)((?:\\p{Nd})+?|(?m:^))?\\n)?", "s": "x a_b", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["x", " ", "a", "_", "b"], "repl": "<|>x<|> <|>a<|>_<|>b<|>"}
{"p": "((\\x41|é)((?:\\p{Nd})+?|(?m:^))?\\n)?", "s": "A", "subs": [["", null, null, null], ["", null, null, null]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "((\\x{301})($+?(?:\\p{Lu})?)|(.{0,}){1,2}?)*?", "s": "acd", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "((\\z{1,2}?|[^\\pL]??)??[^\\pL]|((?:\\p{Nd})??|(\\w))+)?((A|$){1,2}A)", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "((^)|(((\\b|\\x41{0,})+?|[a-c]x{0,})+){0,})", "s": "aab", "subs": [["", "", "", null, null, null], ["", "", null, "", "", ""], ["", "", null, "", "", ""], ["", "", null, "", "", ""]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "((^)|(((\\b|\\x41{0,})+?|[a-c]x{0,})+){0,})", "s": "Σς", "subs": [["", "", "", null, null, null], ["", "", null, "", "", ""], ["", "", null, "", "", ""]], "split": ["Σ", "ς"], "repl": "<|>Σ<|>ς<|>"}
{"p": "((^)|\\p{Nd})*", "s": "Привет мир", "subs": [["", "", ""], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["П", "р", "и", "в", "е", "т", " ", "м", "и", "р"], "repl": "<|>П<|>р<|>и<|>в<|>е<|>т<|> <|>м<|>и<|>р<|>"}
{"p": "((^{1,2}?)+?|[\\p{Greek}a]{2})(?i:[[:lower:]]){0,1}", "s": "bbb", "subs": [["b", "", ""]], "split": ["", "bb"], "repl": "<|b>bb"}
{"p": "((^{1,2}?)+?|[\\p{Greek}a]{2})(?i:[[:lower:]]){0,1}", "s": "1a2", "subs": [["", "", ""]], "split": ["1a2"], "repl": "<|>1a2"}
{"p": "((a))", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "((x{0,})([ab])((?i:[^\\W]))*)+?", "s": "ΣσςΑα", "subs": [], "split": ["ΣσςΑα"], "repl": "ΣσςΑα"}
{"p": "((x{2}))(?:(?s:.)(?:\\x{301}[\\n]*?)?){2}|(((((?i:µ)|\\p{Nd}))){1,2}?|(?i:ſ)?([[:upper:]]??))", "s": "A", "subs": [["", null, null, "", null, null, null, ""], ["", null, null, "", null, null, null, ""]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "((x{2}))(?:(?s:.)(?:\\x{301}[\\n]*?)?){2}|(((((?i:µ)|\\p{Nd}))){1,2}?|(?i:ſ)?([[:upper:]]??))", "s": "", "subs": [["", null, null, "", null, null, null, ""]], "split": [""], "repl": "<|>"}
{"p": "((x|.*)(?:(?m:$){0,1}){1,2}?)((?i:µ)+)|[\\n]", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "((x|.*)(?:(?m:$){0,1}){1,2}?)((?i:µ)+)|[\\n]", "s": "ÅåÅ", "subs": [], "split": ["ÅåÅ"], "repl": "ÅåÅ"}
{"p": "(.)|(?:((b{1,2}|[[:upper:]]){0,1}(?:A)*|(?i:\\p{Ll})))+", "s": "é", "subs": [["é", "é", null, null]], "split": ["", ""], "repl": "<é|é>"}
{"p": "(.{0,}(?i:σ)+)+?", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(.{1,2}?|([[:upper:]]))|[a-c]{0,}", "s": "٣4٥", "subs": [["٣", "٣", null], ["4", "4", null], ["٥", "٥", null]], "split": ["", "", "", ""], "repl": "<٣|٣><4|4><٥|٥>"}
{"p": "(.{1,2}?|([[:upper:]]))|[a-c]{0,}", "s": "acd", "subs": [["a", "a", null], ["c", "c", null], ["d", "d", null]], "split": ["", "", "", ""], "repl": "<a|a><c|c><d|d>"}
{"p": "(.|((?m:$)*?|a*[^a]??){2}x?)", "s": "a\nb", "subs": [["a", "a", null], ["b", "b", null]], "split": ["", "\n", ""], "repl": "<a|a>\n<b|b>"}
{"p": "(?:$*[[:upper:]]+?)*?", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:((((?i:\\p{Ll})|(?i:µ)))))", "s": "aab", "subs": [["a", "a", "a", "a"], ["a", "a", "a", "a"], ["b", "b", "b", "b"]], "split": ["", "", "", ""], "repl": "<a|a><a|a><b|b>"}
{"p": "(?:((((?i:µ)*)))+?(?i:Å)*?)*?", "s": "ſ", "subs": [["", null, null, null], ["", null, null, null]], "split": ["ſ"], "repl": "<|>ſ<|>"}
{"p": "(?:(((?:.+?)+?|^)+?){0,1})", "s": "Ab aB", "subs": [["A", "A", "A"], ["b", "b", "b"], [" ", " ", " "], ["a", "a", "a"], ["B", "B", "B"]], "split": ["", "", "", "", "", ""], "repl": "<A|A><b|b>< | ><a|a><B|B>"}
{"p": "(?:(((?:\\s))|((b{0,}))){0,})|[[:alpha:]](?:(\\PL??)\\n??)", "s": "ab", "subs": [["", "", null, "", "", null], ["b", "b", null, "b", "b", null]], "split": ["a", ""], "repl": "<|>a<b|b>"}
{"p": "(?:(((?i:[k])*|A){1,2}?|([\\p{Greek}a]?){1,2}?)?)((((?m:$)??))){1,2}?", "s": "acd", "subs": [["", "", "", null, "", "", ""], ["", "", "", null, "", "", ""], ["", "", "", null, "", "", ""], ["", "", "", null, "", "", ""]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "(?:(((?i:[α-ω]))+)?)*", "s": "A", "subs": [["", null, null], ["", null, null]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "(?:(((?i:\\p{Ll})+?))(?i:a)(?:A(?:\\x{301})+?){0,1})+", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "(?:(((?m:^){1,2}?)|^*?(?:\\p{Nd})?)+((?i:µ){1,2}?)?){0,}((\\z)){0,}|b", "s": "bbb", "subs": [["", "", "", null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, "", ""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?:(((?s:.)|x))?(.{2}(?i:ſ)){1,2}?\\z+((?i:Å)+)b*?)*|(?i:[[:lower:]])", "s": "abab", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "(?:((.)))", "s": "aaaaaaaaab", "subs": [["a", "a", "a"], ["a", "a", "a"], ["a", "a", "a"], ["a", "a", "a"], ["a", "a", "a"], ["a", "a", "a"], ["a", "a", "a"], ["a", "a", "a"], ["a", "a", "a"], ["b", "b", "b"]], "split": ["", "", "", "", "", "", "", "", "", "", ""], "repl": "<a|a><a|a><a|a><a|a><a|a><a|a><a|a><a|a><a|a><b|b>"}
{"p": "(?:((?:(?i:[^\\W]))*|(?:\\p{Lu})))*", "s": "Σς", "subs": [["", ""], ["", ""], ["", ""]], "split": ["Σ", "ς"], "repl": "<|>Σ<|>ς<|>"}
{"p": "(?:((?:(?i:\\p{Ll})(é)*)+)){1,2}|(\\z{1,2}?)+?[^\\pL]*?(?i:µ)", "s": "Привет мир", "subs": [["Привет", "Привет", null, null], ["мир", "мир", null, null]], "split": ["", " ", ""], "repl": "<Привет|Привет> <мир|мир>"}
{"p": "(?:((?:([^\\pL]{1,2}?)\\w*?){0,1}))?", "s": "ab ab ab", "subs": [["", "", null], ["", "", null], [" ", " ", " "], ["", "", null], [" ", " ", " "], ["", "", null], ["", "", null]], "split": ["a", "b", "a", "b", "a", "b"], "repl": "<|>a<|>b< | >a<|>b< | >a<|>b<|>"}
{"p": "(?:((?:([ab]?|(?:\\x{301}){1,2}))+)(?i:ſ){2}){1,2}|(((\\pP)??|(?s:.)*)|\\s)?", "s": "bbb", "subs": [["", null, null, "", "", null], ["", null, null, "", "", null], ["", null, null, "", "", null], ["", null, null, "", "", null]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?:((?:A\\x41??){0,1})((.|\\pP)|(?i:ǅ){0,1})*?(?:(?:((?i:[^\\W])|\\pL{2}))*?)??){0,}", "s": "ΣσςΑα", "subs": [["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(?:((?:\\z??)))((?:(\\p{Nd}){0,1}[^a]*)??){0,1}", "s": "ba", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["b", "a"], "repl": "<|>b<|>a<|>"}
{"p": "(?:((?i:[^\\W])*)[[:alpha:]]*)*[[:upper:]]{1,2}?|(\\d)", "s": "٣4٥", "subs": [["4", null, "4"]], "split": ["٣", "٥"], "repl": "٣<|4>٥"}
{"p": "(?:((?i:[^\\W]){2}|\\w)){2}(?:\\pL\\p{Cyrillic}(a)+?)*?(?:(\\x{301}))+?(\\PL(?i:[^\\W]){2}|(?:(?i:µ)??))?", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?:((?i:[α-ω]))*)+?", "s": "a+b=c!", "subs": [["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null]], "split": ["a", "+", "b", "=", "c", "!"], "repl": "<|>a<|>+<|>b<|>=<|>c<|>!<|>"}
{"p": "(?:((?i:\\p{Ll})*)(?i:Å){0,1})*|\\A", "s": "Привет мир", "subs": [["Привет", "Привет"], ["мир", "мир"]], "split": ["", " ", ""], "repl": "<Привет|Привет> <мир|мир>"}
{"p": "(?:((?i:ſ)))*?(?i:\\p{Ll})(((.|[[:upper:]]?)?))*?|(\\PL)", "s": "a", "subs": [["a", null, null, null, null, null]], "split": ["", ""], "repl": "<|a>"}
{"p": "(?:((?i:σ)A??([[:alpha:]]??|^??){1,2})?)", "s": "A", "subs": [["", null, null], ["", null, null]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "(?:((?m:^))\\z{2}(?:\\p{Lu})??(?i:[α-ω]){0,}(\\pL|^*?)*)+|(?:((A{1,2}|(?i:µ){1,2})+)\\p{Lu}){1,2}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?:(([\\d\\s])))|x{1,2}", "s": "é", "subs": [], "split": ["é"], "repl": "é"}
{"p": "(?:(([\\n]*))((?i:a))+?)*|(\\z??){0,1}", "s": "😀😁x", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "(?:((\\W|[[:alpha:]]))??)*?\\W{0,}", "s": "abcd", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["a", "b", "c", "d"], "repl": "<|>a<|>b<|>c<|>d<|>"}
{"p": "(?:((\\pL+){0,1})((?i:ſ)|\\z+[^a]*)+)?", "s": "Ab aB", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null], ["aB", "aB", "aB", ""]], "split": ["A", "b", " ", ""], "repl": "<|>A<|>b<|> <aB|aB>"}
{"p": "(?:((\\w{0,}|[^\\pL]??){1,2})*?\\p{Cyrillic}((?:\\pP(?i:[^\\W]))){1,2}?)+", "s": "Σς", "subs": [], "split": ["Σς"], "repl": "Σς"}
{"p": "(?:((a|a+){0,}(?s:.){0,1}|(?:([\\p{Greek}a]*|\\b{2}))){1,2})+?|(?:\\n){2}", "s": "ba", "subs": [["ba", "a", "a", null]], "split": ["", ""], "repl": "<a|ba>"}
{"p": "(?:((b(?:\\x{301}){0,}|(\\pP+|\\s)*)|(?:\\x{301}[\\n][\\n]{1,2}){0,1}))?|([a-c]|(((?:(?:\\p{Cyrillic}){2})|\\pL{1,2}?)+)){0,1}", "s": "A", "subs": [["", "", "", null, null, null, null], ["", "", "", null, null, null, null]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "(?:((x{1,2}?|^{1,2}?){2}|(?:[\\n]){0,})a{2})??[\\d\\s]{0,}", "s": "abab", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "(?:(?:((?:(?i:[α-ω])))[\\d\\s]{1,2}){1,2}(?i:ſ){1,2}?){0,1}|[^\\pL]", "s": "ab", "subs": [["", null], ["", null], ["", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:(?:(([\\p{Greek}a]|(?i:Å){1,2})){0,1})(?:(?:[ab]\\w{1,2}?){1,2}){1,2}?(?:\\pP){2}){0,}|((?:\\p{Lu})){0,1}", "s": "\n\n", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["\n", "\n"], "repl": "<|>\n<|>\n<|>"}
{"p": "(?:(?:(([ab]|(?i:a)*?){0,}|\\pL{2}))*?)|(?:\\p{Cyrillic}){0,}", "s": "K", "subs": [["", null, null], ["", null, null]], "split": ["K"], "repl": "<|>K<|>"}
{"p": "(?:(?:((\\b)))??){2}|(((?:\\p{Nd})+?))", "s": "a", "subs": [["", null, null, null, null], ["", null, null, null, null]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "(?:(?:((é{0,})|(?:b*)?)${1,2}?){0,1})?", "s": "ab", "subs": [["", null, null], ["b", "b", null]], "split": ["a", ""], "repl": "<|>a<b|b>"}
{"p": "(?:(?:(.)??b?){0,}(([\\n])|(?:\\x41)))", "s": "a\nb", "subs": [["a\n", "a", "\n", "\n"]], "split": ["", "b"], "repl": "<a|a\n>b"}
{"p": "(?:(?:(?:(?m:^)[a-c])*[^\\pL]{1,2}){1,2}?)+?", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "(?:(?:(?:(\\b)+?)(?:(^|b{1,2})*(?:(?i:a)*?(?:\\p{Cyrillic}){1,2}?)??)?){1,2}){0,}|(([^\\s]{2}|(?:\\p{Lu})*?))?", "s": "A", "subs": [["", "", "", null, null], ["", "", null, null, null]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "(?:(?:(?:(\\p{Lu}){0,1})))|\\A*", "s": "ab", "subs": [["", null], ["", null], ["", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:(?:(?:\\p{Sm}){1,2}))|(\\z\\b*?){1,2}?", "s": "a\nb", "subs": [["", ""]], "split": ["a\nb"], "repl": "a\nb<|>"}
{"p": "(?:(?:(?:\\x{301}))\\PL\\z+?)?", "s": "Привет мир", "subs": [[""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""]], "split": ["П", "р", "и", "в", "е", "т", " ", "м", "и", "р"], "repl": "<|>П<|>р<|>и<|>в<|>е<|>т<|> <|>м<|>и<|>р<|>"}
{"p": "(?:(?:(?:é{0,1}){2}(?:\\p{Lu}é??){1,2}){2})(?:(\\z{2}|x){0,}){1,2}(?m:$){0,}", "s": "µΜμ", "subs": [], "split": ["µΜμ"], "repl": "µΜμ"}
{"p": "(?:(?:(?i:\\p{Ll})((?:\\x{301}){0,}|(?i:a))(?:(?i:a))(?:\\A*(?s:.)+)??){2})*?", "s": "a\nb", "subs": [["", null], ["", null], ["", null], ["", null]], "split": ["a", "\n", "b"], "repl": "<|>a<|>\n<|>b<|>"}
{"p": "(?:(?:(?i:a))((\\p{Nd}[\\p{Greek}a]{2}))?){1,2}", "s": "ǄǅǆDž", "subs": [], "split": ["ǄǅǆDž"], "repl": "ǄǅǆDž"}
{"p": "(?:(?:([^a]x|([^a]?))*))", "s": "ba", "subs": [["b", "b", "b"], ["", "", ""]], "split": ["", "a"], "repl": "<b|b>a<|>"}
{"p": "(?:(?:(\\x41*?)([😀-😂]??)??(((?i:[k])*|a)*?|\\pP){1,2})+?)*?|[^\\s]", "s": "abababab\nbaba", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "(?:(?:(\\x41*?)([😀-😂]??)??(((?i:[k])*|a)*?|\\pP){1,2})+?)*?|[^\\s]", "s": "ſ", "subs": [["", null, null, null, null], ["", null, null, null, null]], "split": ["ſ"], "repl": "<|>ſ<|>"}
{"p": "(?:(?:[\\n]+){0,}(([ab]|\\PL{1,2})|\\x{301}\\A)+?){2}|(((?i:[^\\W]))|(\\x41(?i:Å){0,}|(?i:\\p{Ll}){0,})(?:(?i:[^\\W]))+)?", "s": "ſ", "subs": [["ſ", null, null, "ſ", "ſ", null]], "split": ["", ""], "repl": "<|ſ>"}
{"p": "(?:(?:[^\\pL]*)(a(?i:[k]){1,2})?(?:((?i:σ){0,}|($+?|[a-c]))((\\n|(?i:ǅ))){0,1})+)??", "s": "A", "subs": [["", null, null, null, null, null], ["", null, null, null, null, null]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "(?:(?:[^\\s])(?:([\\n]))+)", "s": "ba", "subs": [], "split": ["ba"], "repl": "ba"}
{"p": "(?:(?:[ab]{1,2}){1,2}?(((\\B|${0,})*?|([\\n]))+?|\\pP(?:\\b){0,})+?)*?", "s": "abcd", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["a", "b", "c", "d"], "repl": "<|>a<|>b<|>c<|>d<|>"}
{"p": "(?:(?:[ab]{1,2}){1,2}?(((\\B|${0,})*?|([\\n]))+?|\\pP(?:\\b){0,})+?)*?", "s": "aaaa", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["a", "a", "a", "a"], "repl": "<|>a<|>a<|>a<|>a<|>"}
{"p": "(?:(?:\\A)\\w+){0,}", "s": "aaaaaaaaab", "subs": [["aaaaaaaaab"]], "split": ["", ""], "repl": "<|aaaaaaaaab>"}
{"p": "(?:(?:\\A??(?m:$)+?)+^{0,}(?:\\p{Nd}){1,2}?)", "s": "αβ x", "subs": [], "split": ["αβ x"], "repl": "αβ x"}
{"p": "(?:(?:\\A??(?m:$)+?)+^{0,}(?:\\p{Nd}){1,2}?)", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?:(?:\\p{Sm})??((?i:Å)*\\W|(?:(?m:^)+)){0,})*?([^\\pL][^\\pL]{1,2})", "s": "ſ", "subs": [], "split": ["ſ"], "repl": "ſ"}
{"p": "(?:(?:^((?i:[k])+?)??(?s:.){0,1})){0,}", "s": "ÅåÅ", "subs": [["Å", null], ["", null], ["", null]], "split": ["", "å", "Å"], "repl": "<|Å>å<|>Å<|>"}
{"p": "(?:(?:a{2})*)", "s": "Ab aB", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["A", "b", " ", "a", "B"], "repl": "<|>A<|>b<|> <|>a<|>B<|>"}
{"p": "(?:(?i:[[:lower:]])??)[ab]+", "s": "ab", "subs": [["ab"]], "split": ["", ""], "repl": "<|ab>"}
{"p": "(?:(?i:[[:lower:]]){2})", "s": "Ab aB", "subs": [["Ab"], ["aB"]], "split": ["", " ", ""], "repl": "<|Ab> <|aB>"}
{"p": "(?:(?i:[^\\W]))", "s": "a\nb", "subs": [["a"], ["b"]], "split": ["", "\n", ""], "repl": "<|a>\n<|b>"}
{"p": "(?:(?i:[^\\W]))", "s": "a", "subs": [["a"]], "split": ["", ""], "repl": "<|a>"}
{"p": "(?:(?i:[^\\W])*?[a-c]?(\\s*|[\\d\\s]{1,2}?\\z){2})+?", "s": "aaaaaaaaab", "subs": [["a", ""], ["a", ""], ["a", ""], ["a", ""], ["a", ""], ["a", ""], ["a", ""], ["a", ""], ["a", ""], ["b", ""]], "split": ["", "", "", "", "", "", "", "", "", "", ""], "repl": "<|a><|a><|a><|a><|a><|a><|a><|a><|a><|b>"}
{"p": "(?:(?i:[k])((?:(?i:[[:lower:]]))*|((?m:$)|(?i:[α-ω]){2})*)(((?i:Å)|[[:upper:]]{1,2}?)|[^\\pL])\\w*?((?i:σ)){1,2}?)*", "s": "é", "subs": [["", null, null, null, null, null], ["", null, null, null, null, null]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "(?:(?i:\\p{Ll})(?i:ǅ)??)\\A{2}((?i:Å)+?)+?([^\\s](?i:[k]){0,1}|\\p{Nd})?|[[:alpha:]]", "s": "Σς", "subs": [], "split": ["Σς"], "repl": "Σς"}
{"p": "(?:(?i:\\p{Ll})(?i:ǅ)??)\\A{2}((?i:Å)+?)+?([^\\s](?i:[k]){0,1}|\\p{Nd})?|[[:alpha:]]", "s": "ba", "subs": [["b", null, null], ["a", null, null]], "split": ["", "", ""], "repl": "<|b><|a>"}
{"p": "(?:(?i:\\p{Ll}){1,2})", "s": "ab", "subs": [["ab"]], "split": ["", ""], "repl": "<|ab>"}
{"p": "(?:(?i:µ)[😀-😂]*){1,2}?", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "(?:(?i:ǅ))(?:\\p{Nd})+?(?:((?:\\b{1,2})|[ab]))", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?:(?i:σ){0,}(?i:σ)*){1,2}\\n+", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?:(?s:.)\\s)", "s": "é", "subs": [], "split": ["é"], "repl": "é"}
{"p": "(?:(A{0,1}|((\\d)*|((?s:.)))))+", "s": "abababab\nbaba", "subs": [["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "(?:(A{1,2})[😀-😂]+){1,2}?", "s": "αβ x", "subs": [], "split": ["αβ x"], "repl": "αβ x"}
{"p": "(?:([[:upper:]]){0,})?", "s": "ÅåÅ", "subs": [["", null], ["", null], ["", null], ["", null]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "(?:([\\n](?i:\\p{Ll})*|(?:b{0,})))|(?:[^a]{2})?", "s": "µΜμ", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["µ", "Μ", "μ"], "repl": "<|>µ<|>Μ<|>μ<|>"}
{"p": "(?:([^a](?:\\A(?i:[k])*)??|(([^\\s]|\\p{Nd})+|\\x41{0,})){1,2}?((((?i:Å)|b??)){1,2}?|((?:(?i:[[:lower:]])(?:\\p{Cyrillic}){0,})+?))*?)+", "s": "a", "subs": [["a", "a", "a", "a", null, null, null, null]], "split": ["", ""], "repl": "<a|a>"}
{"p": "(?:([ab])[[:upper:]]{0,}[^\\pL]*?){2}|a([ab]){2}", "s": "aab", "subs": [["aa", "a", null]], "split": ["", "b"], "repl": "<a|aa>b"}
{"p": "(?:([ab])[[:upper:]]{0,}[^\\pL]*?){2}|a([ab]){2}", "s": "αβ x", "subs": [], "split": ["αβ x"], "repl": "αβ x"}
{"p": "(?:([😀-😂]){2})*", "s": "😀😁x", "subs": [["😀😁", "😁"], ["", null]], "split": ["", "x"], "repl": "<😁|😀😁>x<|>"}
{"p": "(?:(\\b)\\z{1,2}?){1,2}", "s": "\n\n", "subs": [], "split": ["\n\n"], "repl": "\n\n"}
{"p": "(?:(\\b{1,2}|(?s:.)??))|((?:\\x{301}){1,2}?){2}", "s": "ab", "subs": [["", "", null], ["", "", null], ["", "", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:(\\b{1,2}|(?s:.)??))|((?:\\x{301}){1,2}?){2}", "s": "ab", "subs": [["", "", null], ["", "", null], ["", "", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:(\\p{Lu})??(\\n{0,}\\PL|[😀-😂])?)|[\\p{Greek}a]", "s": "xAxaXa bB_", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], [" ", null, " "], ["", null, null], ["_", null, "_"]], "split": ["x", "A", "x", "a", "X", "a", "b", "B", ""], "repl": "<|>x<|>A<|>x<|>a<|>X<|>a<| >b<|>B<|_>"}
{"p": "(?:(\\w|\\z{1,2}?(?i:[^\\W]){2})[\\p{Greek}a]?(${1,2}?){0,1})+?", "s": "αβ x", "subs": [["x", "x", ""]], "split": ["αβ ", ""], "repl": "αβ <x|x>"}
{"p": "(?:(\\w|\\z{1,2}?(?i:[^\\W]){2})[\\p{Greek}a]?(${1,2}?){0,1})+?", "s": "abababab\nbaba", "subs": [["a", "a", null], ["ba", "b", null], ["ba", "b", null], ["ba", "b", null], ["b", "b", null], ["ba", "b", null], ["ba", "b", ""]], "split": ["", "", "", "", "", "\n", "", ""], "repl": "<a|a><b|ba><b|ba><b|ba><b|b>\n<b|ba><b|ba>"}
{"p": "(?:(\\x41\\z(?s:.)*?|(?:\\x{301})?)(([\\n](?i:ǅ){0,1}|((?i:[k])|é))+|(?:(^{1,2})))+){2}|((((?:\\w*?\\b{0,1}){1,2}?|\\nb{0,}){0,}){2}|(?:\\s(?:[[:upper:]]?\\n{0,1}){2}){1,2}?)*", "s": "K", "subs": [["K", "", "K", "K", "K", "", null, null, null]], "split": ["", ""], "repl": "<|K>"}
{"p": "(?:(\\x41\\z(?s:.)*?|(?:\\x{301})?)(([\\n](?i:ǅ){0,1}|((?i:[k])|é))+|(?:(^{1,2})))+){2}|((((?:\\w*?\\b{0,1}){1,2}?|\\nb{0,}){0,}){2}|(?:\\s(?:[[:upper:]]?\\n{0,1}){2}){1,2}?)*", "s": "éé", "subs": [["", "", "", null, null, "", null, null, null], ["", null, null, null, null, null, "", "", ""], ["", null, null, null, null, null, "", "", ""], ["", null, null, null, null, null, "", "", ""]], "split": ["e", "́", "é"], "repl": "<|>e<|>́<|>é<|>"}
{"p": "(?:(\\x41|[^a])*)+((?:(?:(?i:a)(?m:^){0,}))|(?i:[[:lower:]]){1,2}?[^\\pL])|(([ab]|é{0,})|\\pL{0,})", "s": "KkSsſK", "subs": [["", null, null, "", ""], ["", null, null, "", ""], ["", null, null, "", ""], ["", null, null, "", ""], ["", null, null, "", ""], ["", null, null, "", ""], ["", null, null, "", ""]], "split": ["K", "k", "S", "s", "ſ", "K"], "repl": "<|>K<|>k<|>S<|>s<|>ſ<|>K<|>"}
{"p": "(?:(\\z))|(?:\\z)", "s": "abcd", "subs": [["", ""]], "split": ["abcd"], "repl": "abcd<|>"}
{"p": "(?:(^))", "s": "aab", "subs": [["", ""]], "split": ["aab"], "repl": "<|>aab"}
{"p": "(?:(b)?(?:(?i:ǅ)*?([\\d\\s]{2}[[:alpha:]]){1,2}){2})??", "s": "ab\n", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["a", "b", "\n"], "repl": "<|>a<|>b<|>\n<|>"}
{"p": "(?:(x(?i:σ))[a-c](\\p{Nd})*?)+|((([[:upper:]]|(?:\\p{Nd})??)??(?m:$){1,2}?|((?s:.)(?i:\\p{Ll})+))??|((?:(?i:[α-ω]))))", "s": "٣4٥", "subs": [["", null, null, "", null, null, null, null], ["", null, null, "", null, null, null, null], ["", null, null, "", null, null, null, null], ["", null, null, "", null, null, null, null]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(?:(x|([[:alpha:]](?i:Å)*|[^\\pL]*?){2})(((?:(?i:[^\\W])+?(?i:µ)??){2}|b*?))??)*|[\\d\\s]", "s": "KkSsſK", "subs": [["KkSs", "Ss", "s", null, null], ["K", "K", "", null, null]], "split": ["", "ſ", ""], "repl": "<Ss|KkSs>ſ<K|K>"}
{"p": "(?:(é){0,1})", "s": "ÅåÅ", "subs": [["", null], ["", null], ["", null], ["", null]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "(?:.)|(?:(?:(?i:\\p{Ll}))+(?i:[k])\\B(?i:ǅ)\\W?){2}", "s": "ab", "subs": [["a"], ["b"]], "split": ["", "", ""], "repl": "<|a><|b>"}
{"p": "(?:A(((?s:.){1,2}?))+)*((([^a])|[^\\pL])|\\x{301}\\PL\\B)+?", "s": "xAxaXa bB_", "subs": [["x", null, null, "x", "x", "x"], ["AxaXa bB_", "B", "B", "_", "_", "_"]], "split": ["", "", ""], "repl": "<|x><B|AxaXa bB_>"}
{"p": "(?:A(((?s:.){1,2}?))+)*((([^a])|[^\\pL])|\\x{301}\\PL\\B)+?", "s": "Привет мир", "subs": [["П", null, null, "П", "П", "П"], ["р", null, null, "р", "р", "р"], ["и", null, null, "и", "и", "и"], ["в", null, null, "в", "в", "в"], ["е", null, null, "е", "е", "е"], ["т", null, null, "т", "т", "т"], [" ", null, null, " ", " ", " "], ["м", null, null, "м", "м", "м"], ["и", null, null, "и", "и", "и"], ["р", null, null, "р", "р", "р"]], "split": ["", "", "", "", "", "", "", "", "", "", ""], "repl": "<|П><|р><|и><|в><|е><|т><| ><|м><|и><|р>"}
{"p": "(?:A)|((?:(\\pP)){1,2})+?", "s": "ÅåÅ", "subs": [], "split": ["ÅåÅ"], "repl": "ÅåÅ"}
{"p": "(?:[[:alpha:]]*([\\d\\s]??)+?)((?:\\p{Lu})|\\pL{1,2}?){0,}|\\x41", "s": "ab", "subs": [["ab", "", null]], "split": ["", ""], "repl": "<|ab>"}
{"p": "(?:[[:upper:]]*){1,2}?", "s": "ΣσςΑα", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(?:[[:upper:]][a-c]{1,2}?){0,}", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:[\\d\\s](?:[^\\s](?m:^)[^\\pL](?:\\p{Cyrillic}){0,}(([\\p{Greek}a]*)){1,2}?){0,})?|(\\x{301}|[ab]((?i:a)??|[\\p{Greek}a])([^\\pL]{2}))", "s": "ab", "subs": [["", null, null, null, null, null], ["", null, null, null, null, null], ["", null, null, null, null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:[\\d\\s]??)", "s": "x a_b", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["x", " ", "a", "_", "b"], "repl": "<|>x<|> <|>a<|>_<|>b<|>"}
{"p": "(?:[\\n]+?)", "s": "xAxaXa bB_", "subs": [], "split": ["xAxaXa bB_"], "repl": "xAxaXa bB_"}
{"p": "(?:[\\p{Greek}a])*?", "s": "Σς", "subs": [[""], [""], [""]], "split": ["Σ", "ς"], "repl": "<|>Σ<|>ς<|>"}
{"p": "(?:[\\p{Greek}a])*?", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:[\\p{Greek}a]*)|(?:\\p{Sm})*", "s": "ab ab ab", "subs": [["a"], [""], ["a"], [""], ["a"], [""]], "split": ["", "b", " ", "b", " ", "b"], "repl": "<|a>b<|> <|a>b<|> <|a>b<|>"}
{"p": "(?:[\\p{Greek}a]?)*?", "s": "acd", "subs": [[""], [""], [""], [""]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "(?:[\\p{Greek}a]?)*?", "s": "ǄǅǆDž", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "(?:[^\\pL]+((?:([^a]|[^\\pL]))*?|(?:[[:alpha:]](?i:Å){0,})?)+?)*", "s": "ǄǅǆDž", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "(?:[^\\s]?\\PL(?i:a){1,2}?(?m:^){0,}){1,2}?(((?i:[^\\W]){1,2}?|(?i:ǅ)))?\\p{Cyrillic}", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "(?:[^a])", "s": "é", "subs": [["é"]], "split": ["", ""], "repl": "<|é>"}
{"p": "(?:[^a]?)", "s": "éé", "subs": [["e"], ["́"], ["é"]], "split": ["", "", "", ""], "repl": "<|e><|́><|é>"}
{"p": "(?:[^a]??)", "s": "\na", "subs": [[""], [""], [""]], "split": ["\n", "a"], "repl": "<|>\n<|>a<|>"}
{"p": "(?:[^a]{0,1})", "s": "ÅåÅ", "subs": [["Å"], ["å"], ["Å"]], "split": ["", "", "", ""], "repl": "<|Å><|å><|Å>"}
{"p": "(?:[^a]{1,2})", "s": "s", "subs": [["s"]], "split": ["", ""], "repl": "<|s>"}
{"p": "(?:[^a]{1,2})", "s": "abab", "subs": [["b"], ["b"]], "split": ["a", "a", ""], "repl": "a<|b>a<|b>"}
{"p": "(?:[a-c](?:(?i:µ){1,2}$*?){0,}[[:upper:]]?((?:[[:upper:]]))?)??|(?:(\\b|((?i:[^\\W])?\\pP{1,2}?|([ab]|\\PL)))*){0,}", "s": "xAxaXa bB_", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["x", "A", "x", "a", "X", "a", " ", "b", "B", "_"], "repl": "<|>x<|>A<|>x<|>a<|>X<|>a<|> <|>b<|>B<|>_<|>"}
{"p": "(?:[a-c]{1,2}(?:([a-c]?)??)+){2}", "s": "ab", "subs": [["ab", null]], "split": ["", ""], "repl": "<|ab>"}
{"p": "(?:[ab]{1,2})", "s": "😀😁x", "subs": [], "split": ["😀😁x"], "repl": "😀😁x"}
{"p": "(?:[ab]{1,2})", "s": "abababab\nbaba", "subs": [["ab"], ["ab"], ["ab"], ["ab"], ["ba"], ["ba"]], "split": ["", "", "", "", "\n", "", ""], "repl": "<|ab><|ab><|ab><|ab>\n<|ba><|ba>"}
{"p": "(?:[😀-😂])", "s": "é", "subs": [], "split": ["é"], "repl": "é"}
{"p": "(?:[😀-😂])", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?:\\A(?:[^\\s][\\p{Greek}a]{0,})([a-c]{0,1}){1,2})*", "s": "x a_b", "subs": [["x", ""], ["", null], ["", null], ["", null], ["", null]], "split": ["", " ", "a", "_", "b"], "repl": "<|x> <|>a<|>_<|>b<|>"}
{"p": "(?:\\A(?:[^\\s][\\p{Greek}a]{0,})([a-c]{0,1}){1,2})*", "s": "K", "subs": [["K", ""]], "split": ["", ""], "repl": "<|K>"}
{"p": "(?:\\A)*?|(?:\\p{Sm})*?", "s": "aaaa", "subs": [[""], [""], [""], [""], [""]], "split": ["a", "a", "a", "a"], "repl": "<|>a<|>a<|>a<|>a<|>"}
{"p": "(?:\\A??(?:[😀-😂]??[\\n]?)*?(b)*){0,}", "s": "\na", "subs": [["", null], ["", null], ["", null]], "split": ["\n", "a"], "repl": "<|>\n<|>a<|>"}
{"p": "(?:\\A??)|(?:(((\\x41)|((?:\\p{Sm})*|\\z))*|(?:(?:(?i:[k]))*?(?:\\W(?:\\p{Nd}){1,2}){0,})+){1,2}?((\\p{Sm}\\z){2}){1,2}?)??", "s": "ÅåÅ", "subs": [["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "(?:\\A??)|(?:(((\\x41)|((?:\\p{Sm})*|\\z))*|(?:(?:(?i:[k]))*?(?:\\W(?:\\p{Nd}){1,2}){0,})+){1,2}?((\\p{Sm}\\z){2}){1,2}?)??", "s": "é", "subs": [["", null, null, null, null, null, null], ["", null, null, null, null, null, null]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "(?:\\A??)|(?:(((\\x41)|((?:\\p{Sm})*|\\z))*|(?:(?:(?i:[k]))*?(?:\\W(?:\\p{Nd}){1,2}){0,})+){1,2}?((\\p{Sm}\\z){2}){1,2}?)??", "s": "Привет мир", "subs": [["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null]], "split": ["П", "р", "и", "в", "е", "т", " ", "м", "и", "р"], "repl": "<|>П<|>р<|>и<|>в<|>е<|>т<|> <|>м<|>и<|>р<|>"}
{"p": "(?:\\A{1,2}?)", "s": "éé", "subs": [[""]], "split": ["éé"], "repl": "<|>éé"}
{"p": "(?:\\B)*?", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:\\PL[\\p{Greek}a]{2}){2}", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "(?:\\pL$[[:upper:]]+)\\pL|((?:\\W(?s:.){1,2}?)|([[:upper:]]{0,}|([\\d\\s])))((([\\p{Greek}a]*?|\\PL))|((${0,})??|[ab]*)){2}", "s": "a", "subs": [["", "", "", null, "", "", "", null, null], ["", "", "", null, "", "", "", null, null]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "(?:\\pL$[[:upper:]]+)\\pL|((?:\\W(?s:.){1,2}?)|([[:upper:]]{0,}|([\\d\\s])))((([\\p{Greek}a]*?|\\PL))|((${0,})??|[ab]*)){2}", "s": "ÅåÅ", "subs": [["Åå", "Åå", null, null, "", "", "", null, null], ["", "", "", null, "", "", "", null, null]], "split": ["", "Å"], "repl": "<Åå|Åå>Å<|>"}
{"p": "(?:\\pL$[[:upper:]]+)\\pL|((?:\\W(?s:.){1,2}?)|([[:upper:]]{0,}|([\\d\\s])))((([\\p{Greek}a]*?|\\PL))|((${0,})??|[ab]*)){2}", "s": "Ab aB", "subs": [["A", "A", "A", null, "", "", "", null, null], [" a", " a", null, null, "", "", "", null, null], ["B", "B", "B", null, "", "", "", null, null]], "split": ["", "b", "", ""], "repl": "<A|A>b< a| a><B|B>"}
{"p": "(?:\\pL(?:(?i:ǅ){2}\\W{1,2}){2}((?:.{0,1}){2})(?m:^)+)?|((([[:upper:]])(?i:[[:lower:]])*?|(?:b))?|\\PL)", "s": "ab ab ab", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["a", "b", " ", "a", "b", " ", "a", "b"], "repl": "<|>a<|>b<|> <|>a<|>b<|> <|>a<|>b<|>"}
{"p": "(?:\\pL)", "s": "\n\n", "subs": [], "split": ["\n\n"], "repl": "\n\n"}
{"p": "(?:\\pL)", "s": "éé", "subs": [["e"], ["é"]], "split": ["", "́", ""], "repl": "<|e>́<|é>"}
{"p": "(?:\\pP(?:\\b){1,2}[\\d\\s]+\\B(?:\\B)(\\s|(?i:ǅ))?){0,}", "s": "bbb", "subs": [["", null], ["", null], ["", null], ["", null]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?:\\pP(?i:[k])+?[[:upper:]]{0,1})(?m:^){1,2}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?:\\pP??(([[:upper:]]|(?m:$)*?)){1,2}?){0,}([[:upper:]](\\n|(?m:^))){0,1}", "s": "xAxaXa bB_", "subs": [["", "", "", null, null], ["A", "A", "A", null, null], ["", "", "", null, null], ["X", "X", "X", null, null], ["", "", "", null, null], ["", "", "", null, null], ["B_", "", "", null, null]], "split": ["x", "x", "a", "a", " ", "b", ""], "repl": "<|>x<A|A>x<|>a<X|X>a<|> <|>b<|B_>"}
{"p": "(?:\\pP{1,2}){0,}|(?m:$)*?", "s": "", "subs": [[""]], "split": [""], "repl": "<|>"}
{"p": "(?:\\p{Cyrillic}){0,1}", "s": "acd", "subs": [[""], [""], [""], [""]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "(?:\\p{Cyrillic}){0,1}|\\pP", "s": "s", "subs": [[""], [""]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "(?:\\p{Cyrillic}){0,1}|\\pP", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:\\p{Cyrillic}){0,}", "s": "µΜμ", "subs": [[""], [""], [""], [""]], "split": ["µ", "Μ", "μ"], "repl": "<|>µ<|>Μ<|>μ<|>"}
{"p": "(?:\\p{Cyrillic}){0,}", "s": "ΣσςΑα", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(?:\\p{Cyrillic}){1,2}", "s": "\na", "subs": [], "split": ["\na"], "repl": "\na"}
{"p": "(?:\\p{Cyrillic})|(?:\\z\\x41(?i:[k])+){0,}", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:\\p{Lu})*", "s": "A", "subs": [["A"]], "split": ["", ""], "repl": "<|A>"}
{"p": "(?:\\p{Lu})*", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:\\p{Nd})((^\\W{0,1}|[[:upper:]]{1,2}?)*?){2}", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "(?:\\p{Nd})+?", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "(?:\\p{Nd}){1,2}?|[😀-😂]{2}", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "(?:\\p{Sm})*?", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:\\p{Sm})+?(((x){1,2}?|\\x{301})|((?i:ǅ)(?i:a)+|(\\b|(?m:$){2}))?)", "s": "ΣσςΑα", "subs": [], "split": ["ΣσςΑα"], "repl": "ΣσςΑα"}
{"p": "(?:\\p{Sm}){0,1}", "s": "abababab\nbaba", "subs": [[""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "(?:\\p{Sm}){0,1}|[[:alpha:]]{0,1}", "s": "s", "subs": [[""], [""]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "(?:\\s)", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "(?:\\w??)|a{0,}(\\n{1,2})é+?(((?i:a)?)|é\\p{Cyrillic})?", "s": "ab", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:\\w^(?i:[^\\W])(?:\\w){0,}((?:(?i:ǅ)){1,2}|(\\n))??(?i:Å)(?:(?s:.)+)*){1,2}", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "(?:\\w^(?i:[^\\W])(?:\\w){0,}((?:(?i:ǅ)){1,2}|(\\n))??(?i:Å)(?:(?s:.)+)*){1,2}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?:\\x{301})", "s": "éé", "subs": [["́"]], "split": ["e", "é"], "repl": "e<|́>é"}
{"p": "(?:\\x{301})+|([[:upper:]])", "s": "abababab\nbaba", "subs": [], "split": ["abababab\nbaba"], "repl": "abababab\nbaba"}
{"p": "(?:\\x{301})?(((\\W?){0,}|(\\d?))|((?m:$)))??", "s": "bbb", "subs": [["", null, null, null, null, null], ["", null, null, null, null, null], ["", null, null, null, null, null], ["", null, null, null, null, null]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?:\\x{301})??|[😀-😂]", "s": "ſ", "subs": [[""], [""]], "split": ["ſ"], "repl": "<|>ſ<|>"}
{"p": "(?:\\x{301}){0,1}", "s": "s", "subs": [[""], [""]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "(?:\\x{301}){0,}", "s": "ΣσςΑα", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(?:\\x{301}){0,}", "s": "😀😁x", "subs": [[""], [""], [""], [""]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "(?:\\x{301}){0,}|(\\b??|(?:[^\\pL]??^??)*?)", "s": "s", "subs": [["", null], ["", null]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "(?:\\z(?:(\\b)*?)*?)+?|((?m:$)(?i:Å)|a+?\\b)((?i:σ))(\\W)*\\x{301}", "s": "aaaaaaaaab", "subs": [["", null, null, null, null]], "split": ["aaaaaaaaab"], "repl": "aaaaaaaaab<|>"}
{"p": "(?:\\z)", "s": "ab", "subs": [[""]], "split": ["ab"], "repl": "ab<|>"}
{"p": "(?:^{2}((?i:[[:lower:]])){1,2}([[:alpha:]]+\\p{Nd}|(?i:[^\\W]))+?)?", "s": "ab ab ab", "subs": [["ab", "a", "b"], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["", " ", "a", "b", " ", "a", "b"], "repl": "<a|ab> <|>a<|>b<|> <|>a<|>b<|>"}
{"p": "(?:a){0,}", "s": "Σς", "subs": [[""], [""], [""]], "split": ["Σ", "ς"], "repl": "<|>Σ<|>ς<|>"}
{"p": "(?:a{2})", "s": "KkSsſK", "subs": [], "split": ["KkSsſK"], "repl": "KkSsſK"}
{"p": "(?:b?(\\W){1,2})??", "s": "Привет мир", "subs": [["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null], ["", null]], "split": ["П", "р", "и", "в", "е", "т", " ", "м", "и", "р"], "repl": "<|>П<|>р<|>и<|>в<|>е<|>т<|> <|>м<|>и<|>р<|>"}
{"p": "(?:b?(\\W){1,2})??", "s": "ab", "subs": [["", null], ["", null], ["", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?:éA)+?", "s": "\na", "subs": [], "split": ["\na"], "repl": "\na"}
{"p": "(?:é{0,1})", "s": "abababab\nbaba", "subs": [[""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "(?U)$", "s": "aaaaaaaaab", "subs": [[""]], "split": ["aaaaaaaaab"], "repl": "aaaaaaaaab<|>"}
{"p": "(?U)$", "s": "KkSsſK", "subs": [[""]], "split": ["KkSsſK"], "repl": "KkSsſK<|>"}
{"p": "(?U)$", "s": "x a_b", "subs": [[""]], "split": ["x a_b"], "repl": "x a_b<|>"}
{"p": "(?U)(((?:(?:(?i:[k]){0,})*))*?|(?:\\s){0,1})?|A{2}", "s": "ab", "subs": [["", null, null], ["", null, null], ["", null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?U)(((?:[\\p{Greek}a]){1,2}?){1,2}?)*?|((([^\\s]{0,}|b)|(?i:σ){0,})?)(\\x41)", "s": "1a2", "subs": [["", null, null, null, null, null, null], ["a", "a", "a", null, null, null, null], ["", null, null, null, null, null, null]], "split": ["1", "2"], "repl": "<|>1<a|a>2<|>"}
{"p": "(?U)(((?:\\p{Sm})|\\PL{2})*?){1,2}", "s": "\na", "subs": [["", "", null], ["", "", null], ["", "", null]], "split": ["\n", "a"], "repl": "<|>\n<|>a<|>"}
{"p": "(?U)(((?:\\p{Sm})|\\PL{2})*?){1,2}", "s": "ΣσςΑα", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(?U)((a{0,1}(?:\\x{301})*))+?", "s": "a\nb", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["a", "\n", "b"], "repl": "<|>a<|>\n<|>b<|>"}
{"p": "(?U)((a{0,1}(?:\\x{301})*))+?", "s": "ſSsKkK", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["ſ", "S", "s", "K", "k", "K"], "repl": "<|>ſ<|>S<|>s<|>K<|>k<|>K<|>"}
{"p": "(?U)(?:(((?i:[k])|(?i:\\p{Ll})))(?i:µ)\\b(?m:$){2})?\\b{0,}", "s": "a", "subs": [["", null, null], ["", null, null]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "(?U)(?:(((?i:[k])|(?i:\\p{Ll})))(?i:µ)\\b(?m:$){2})?\\b{0,}", "s": "xAxaXa bB_", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["x", "A", "x", "a", "X", "a", " ", "b", "B", "_"], "repl": "<|>x<|>A<|>x<|>a<|>X<|>a<|> <|>b<|>B<|>_<|>"}
{"p": "(?U)(?:(?:((?i:\\p{Ll})|\\d?)+){2}){2}", "s": "k", "subs": [["k", ""]], "split": ["", ""], "repl": "<|k>"}
{"p": "(?U)(?:(?i:\\p{Ll})??)|[a-c]+", "s": "αβ x", "subs": [["α"], ["β"], ["x"]], "split": ["", "", " ", ""], "repl": "<|α><|β> <|x>"}
{"p": "(?U)(?:.?)(?i:Å)+\\w?|(^{0,}(?:(x{1,2}|(?i:[α-ω]){0,}){0,})?)", "s": "ǄǅǆDž", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "(?U)(?:[\\p{Greek}a]([^a]{1,2})((?m:$))((a{0,}|(?i:a){0,})){0,1})+?", "s": "abababab\nbaba", "subs": [["ab", "b", "", null, null]], "split": ["ababab", "\nbaba"], "repl": "ababab<b|ab>\nbaba"}
{"p": "(?U)(?:\\b){0,1}", "s": "\na", "subs": [[""], [""], [""]], "split": ["\n", "a"], "repl": "<|>\n<|>a<|>"}
{"p": "(?U)(?:\\p{Nd})?|(?i:µ)?", "s": "s", "subs": [[""], [""]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "(?U)(?:a)((\\B)+?\\n*?|(?:(?:[[:alpha:]]{0,1}\\x41{1,2})*){0,1})*", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "(?U)(?i:µ)??b+?", "s": "ab\n", "subs": [["b"]], "split": ["a", "\n"], "repl": "a<|b>\n"}
{"p": "(?U)(?i:σ)", "s": "abababab\nbaba", "subs": [], "split": ["abababab\nbaba"], "repl": "abababab\nbaba"}
{"p": "(?U)(\\PL)", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "(?U)(\\n{2})|\\x{301}", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "(?U)A|(?s:.)", "s": "ÅåÅ", "subs": [["Å"], ["å"], ["Å"]], "split": ["", "", "", ""], "repl": "<|Å><|å><|Å>"}
{"p": "(?U)[[:alpha:]]{2}|([^\\pL]){2}", "s": "abcd", "subs": [["ab", null], ["cd", null]], "split": ["", "", ""], "repl": "<|ab><|cd>"}
{"p": "(?U)[^\\pL]*", "s": "bbb", "subs": [[""], [""], [""], [""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?U)[^\\s]|(((((?m:$)+)*?|\\pL.))*?){2}", "s": "\n\n", "subs": [["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""]], "split": ["\n", "\n"], "repl": "<|>\n<|>\n<|>"}
{"p": "(?U)\\pL*?", "s": "αβ x", "subs": [["αβ"], ["x"]], "split": ["", " ", ""], "repl": "<|αβ> <|x>"}
{"p": "(?U)\\p{Sm}", "s": "😀😁x", "subs": [], "split": ["😀😁x"], "repl": "😀😁x"}
{"p": "(?U)\\w", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "(?U)x", "s": "µΜμ", "subs": [], "split": ["µΜμ"], "repl": "µΜμ"}
{"p": "(?U)x", "s": "K", "subs": [], "split": ["K"], "repl": "K"}
{"p": "(?i)$+", "s": "a\nb", "subs": [[""]], "split": ["a\nb"], "repl": "a\nb<|>"}
{"p": "(?i)$+", "s": "1a2", "subs": [[""]], "split": ["1a2"], "repl": "1a2<|>"}
{"p": "(?i)((((?:\\p{Cyrillic})?)|(?i:a){1,2}?){1,2}|[^\\s]*)", "s": "bbb", "subs": [["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?i)((([\\p{Greek}a])+?))+|(?:(?:\\d(\\x41|[\\n])a[\\n]{0,1})+?){0,}", "s": "😀😁x", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "(?i)((?:((\\x{301})){0,}){0,1})", "s": "ab", "subs": [["", "", null, null], ["", "", null, null], ["", "", null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?i)((?:(?i:[^\\W])+)??|(b){1,2})|(((?i:[^\\W]))|.)", "s": "\n\n", "subs": [["", "", null, null, null], ["", "", null, null, null], ["", "", null, null, null]], "split": ["\n", "\n"], "repl": "<|>\n<|>\n<|>"}
{"p": "(?i)((?:\\b){1,2})((?i:\\p{Ll}))|\\w", "s": "µΜμ", "subs": [], "split": ["µΜμ"], "repl": "µΜμ"}
{"p": "(?i)((?:\\d)|[😀-😂]{0,})+?", "s": "Привет мир", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["П", "р", "и", "в", "е", "т", " ", "м", "и", "р"], "repl": "<|>П<|>р<|>и<|>в<|>е<|>т<|> <|>м<|>и<|>р<|>"}
{"p": "(?i)((?:\\n{0,}))?", "s": "é", "subs": [["", ""], ["", ""]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "(?i)((?:\\n{0,}))?", "s": "ba", "subs": [["", ""], ["", ""], ["", ""]], "split": ["b", "a"], "repl": "<|>b<|>a<|>"}
{"p": "(?i)((?i:\\p{Ll})+)", "s": "αβ x", "subs": [["αβ", "αβ"], ["x", "x"]], "split": ["", " ", ""], "repl": "<αβ|αβ> <x|x>"}
{"p": "(?i)((?s:.){0,1}|[^\\pL])|((\\p{Sm})){0,1}", "s": "k", "subs": [["k", "k", null, null]], "split": ["", ""], "repl": "<k|k>"}
{"p": "(?i)((?s:.){0,1}|[^\\pL])|((\\p{Sm})){0,1}", "s": "Ab aB", "subs": [["A", "A", null, null], ["b", "b", null, null], [" ", " ", null, null], ["a", "a", null, null], ["B", "B", null, null]], "split": ["", "", "", "", "", ""], "repl": "<A|A><b|b>< | ><a|a><B|B>"}
{"p": "(?i)(([[:alpha:]])+){0,}", "s": "ΣσςΑα", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(?i)(([ab]{1,2})|((((?m:^)|(?:\\p{Cyrillic}){2}){0,1}|(?:\\PL))|(\\w){0,1}){1,2}){1,2}", "s": "acd", "subs": [["a", "", "a", "", "", null, null], ["", "", null, "", "", null, null], ["", "", null, "", "", null, null]], "split": ["", "c", "d"], "repl": "<|a>c<|>d<|>"}
{"p": "(?i)(([ab]{1,2})|((((?m:^)|(?:\\p{Cyrillic}){2}){0,1}|(?:\\PL))|(\\w){0,1}){1,2}){1,2}", "s": "\na", "subs": [["", "", null, "", "", "", null], ["a", "", "a", "", "", null, null]], "split": ["\n", ""], "repl": "<|>\n<|a>"}
{"p": "(?i)(?:((?:$(?s:.)*){0,}|((?i:Å)(?i:[[:lower:]]){0,1})*))", "s": "", "subs": [["", "", null]], "split": [""], "repl": "<|>"}
{"p": "(?i)(?:(?:(?i:[α-ω]){1,2})((x))+?)+", "s": "acd", "subs": [], "split": ["acd"], "repl": "acd"}
{"p": "(?i)(?:(?:(?i:[α-ω]){1,2})((x))+?)+", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i)(?:(?:[^\\s](?:\\p{Nd}){0,})(((?i:Å)))*(?:(?i:Å))(\\W{2}|(?:\\p{Cyrillic})*){1,2}((?i:[k])|\\n{0,1}.){0,1}){1,2}?|(?:([[:alpha:]][ab]{2}))", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "(?i)(?:(é\\w{1,2}?|[^a](?i:\\p{Ll})*)){1,2}((([[:upper:]]|(?:\\p{Lu})*){1,2}|(?i:[k])??)){1,2}?", "s": "abababab\nbaba", "subs": [["bababab\nbaba", "\nbaba", "", "", ""]], "split": ["a", ""], "repl": "a<\nbaba|bababab\nbaba>"}
{"p": "(?i)(?:[[:upper:]])??", "s": "a+b=c!", "subs": [[""], [""], [""], [""], [""], [""], [""]], "split": ["a", "+", "b", "=", "c", "!"], "repl": "<|>a<|>+<|>b<|>=<|>c<|>!<|>"}
{"p": "(?i)(?:[[:upper:]])??", "s": "k", "subs": [[""], [""]], "split": ["k"], "repl": "<|>k<|>"}
{"p": "(?i)(?:[[:upper:]])??", "s": "ΣσςΑα", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(?i)(?i:[[:lower:]]){1,2}?|(?:(([\\p{Greek}a])){0,}(?:[\\p{Greek}a])??)?", "s": "acd", "subs": [["a", null, null], ["c", null, null], ["d", null, null]], "split": ["", "", "", ""], "repl": "<|a><|c><|d>"}
{"p": "(?i)(?i:[k])*?", "s": "bbb", "subs": [[""], [""], [""], [""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?i)(?i:[α-ω])*?[\\n]+?|(?i:ǅ)((a)|(?i:a)){0,}(x{0,})??(?i:\\p{Ll})+", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "(?i)(?i:a)", "s": "abab", "subs": [["a"], ["a"]], "split": ["", "b", "b"], "repl": "<|a>b<|a>b"}
{"p": "(?i)(?i:a)", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "(?i)(?i:µ)*", "s": "abcd", "subs": [[""], [""], [""], [""], [""]], "split": ["a", "b", "c", "d"], "repl": "<|>a<|>b<|>c<|>d<|>"}
{"p": "(?i)(?i:µ)*", "s": "A", "subs": [[""], [""]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "(?i)(\\pL|(?:\\x{301})+?)|\\s+", "s": "xAxaXa bB_", "subs": [["x", "x"], ["A", "A"], ["x", "x"], ["a", "a"], ["X", "X"], ["a", "a"], [" ", null], ["b", "b"], ["B", "B"]], "split": ["", "", "", "", "", "", "", "", "", "_"], "repl": "<x|x><A|A><x|x><a|a><X|X><a|a><| ><b|b><B|B>_"}
{"p": "(?i)(\\pL|(\\A{2}))??|(b|([^a]|((?m:^)|(?i:σ){1,2})))(?:[a-c]{0,}($))", "s": "s", "subs": [["", null, null, null, null, null, null], ["", null, null, null, null, null, null]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "(?i)(\\pL|(\\A{2}))??|(b|([^a]|((?m:^)|(?i:σ){1,2})))(?:[a-c]{0,}($))", "s": "1a2", "subs": [["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null]], "split": ["1", "a", "2"], "repl": "<|>1<|>a<|>2<|>"}
{"p": "(?i)(^)", "s": "é", "subs": [["", ""]], "split": ["é"], "repl": "<|>é"}
{"p": "(?i)[[:alpha:]]{2}", "s": "A", "subs": [], "split": ["A"], "repl": "A"}
{"p": "(?i)[[:alpha:]]{2}", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "(?i)[\\p{Greek}a](\\PL|(?i:[^\\W]))|\\z{1,2}\\x{301}", "s": "é", "subs": [], "split": ["é"], "repl": "é"}
{"p": "(?i)[^\\pL]", "s": "😀😁x", "subs": [["😀"], ["😁"]], "split": ["", "", "x"], "repl": "<|😀><|😁>x"}
{"p": "(?i)[^\\pL]", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i)\\PL(?:(\\p{Cyrillic}){0,})*", "s": "aab", "subs": [], "split": ["aab"], "repl": "aab"}
{"p": "(?i)\\d(?:[a-c]((?i:ǅ)|(?i:Å)){0,1})|\\n?(\\d[^a])([a-c]*)?", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "(?i)\\d(?:[a-c]((?i:ǅ)|(?i:Å)){0,1})|\\n?(\\d[^a])([a-c]*)?", "s": "abab", "subs": [], "split": ["abab"], "repl": "abab"}
{"p": "(?i)\\pL*|${2}", "s": "Σς", "subs": [["Σς"]], "split": ["", ""], "repl": "<|Σς>"}
{"p": "(?i)\\z{0,}", "s": "ſ", "subs": [[""], [""]], "split": ["ſ"], "repl": "<|>ſ<|>"}
{"p": "(?i)\\z{2}", "s": "ab", "subs": [[""]], "split": ["ab"], "repl": "ab<|>"}
{"p": "(?i)x?", "s": "1a2", "subs": [[""], [""], [""], [""]], "split": ["1", "a", "2"], "repl": "<|>1<|>a<|>2<|>"}
{"p": "(?i)é|(([a-c](?m:$)+.*?)){1,2}?", "s": "\n\n", "subs": [], "split": ["\n\n"], "repl": "\n\n"}
{"p": "(?i:[[:lower:]])((\\n{0,1})*){2}|((?:a\\p{Sm}))*?", "s": "a", "subs": [["a", "", "", null]], "split": ["", ""], "repl": "<|a>"}
{"p": "(?i:[[:lower:]])([😀-😂]*?)", "s": "Ab aB", "subs": [["A", ""], ["b", ""], ["a", ""], ["B", ""]], "split": ["", "", " ", "", ""], "repl": "<|A><|b> <|a><|B>"}
{"p": "(?i:[[:lower:]])\\A\\x{301}", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "(?i:[[:lower:]])|((?:\\B*))((a|A{0,1})|[😀-😂])*?(?i:σ)", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "(?i:[[:lower:]])|(?i:[^\\W])", "s": "ba", "subs": [["b"], ["a"]], "split": ["", "", ""], "repl": "<|b><|a>"}
{"p": "(?i:[^\\W])", "s": "KkSsſK", "subs": [["K"], ["k"], ["S"], ["s"], ["ſ"], ["K"]], "split": ["", "", "", "", "", "", ""], "repl": "<|K><|k><|S><|s><|ſ><|K>"}
{"p": "(?i:[^\\W])", "s": "éé", "subs": [["e"]], "split": ["", "́é"], "repl": "<|e>́é"}
{"p": "(?i:[^\\W])((?m:$){0,}.{1,2}?|([^\\s]{0,}|\\z)((?:\\p{Sm})+))", "s": "a+b=c!", "subs": [["a+", "+", null, null], ["b=", "=", null, null], ["c!", "!", null, null]], "split": ["", "", "", ""], "repl": "<+|a+><=|b=><!|c!>"}
{"p": "(?i:[^\\W])((A+(?i:ſ)*?|(?m:$)+?)|[[:upper:]])??", "s": "A", "subs": [["A", null, null]], "split": ["", ""], "repl": "<|A>"}
{"p": "(?i:[^\\W])((A+(?i:ſ)*?|(?m:$)+?)|[[:upper:]])??", "s": "s", "subs": [["s", null, null]], "split": ["", ""], "repl": "<|s>"}
{"p": "(?i:[^\\W])*", "s": "ÅåÅ", "subs": [[""], [""], [""], [""]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "(?i:[^\\W])+?", "s": "ab", "subs": [["a"], ["b"]], "split": ["", "", ""], "repl": "<|a><|b>"}
{"p": "(?i:[^\\W])[😀-😂]{2}", "s": "abcd", "subs": [], "split": ["abcd"], "repl": "abcd"}
{"p": "(?i:[^\\W])[😀-😂]{2}", "s": "A", "subs": [], "split": ["A"], "repl": "A"}
{"p": "(?i:[^\\W]){0,1}|((\\p{Lu}|(?i:[α-ω])+)|(?i:\\p{Ll}){0,})", "s": "ΣσςΑα", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(?i:[^\\W]){0,1}|((\\p{Lu}|(?i:[α-ω])+)|(?i:\\p{Ll}){0,})", "s": "abababab\nbaba", "subs": [["a", null, null], ["b", null, null], ["a", null, null], ["b", null, null], ["a", null, null], ["b", null, null], ["a", null, null], ["b", null, null], ["b", null, null], ["a", null, null], ["b", null, null], ["a", null, null]], "split": ["", "", "", "", "", "", "", "", "\n", "", "", "", ""], "repl": "<|a><|b><|a><|b><|a><|b><|a><|b>\n<|b><|a><|b><|a>"}
{"p": "(?i:[^\\W]){0,1}|A{1,2}?((\\s(?i:[α-ω])|(?:(?m:$)*?))|([ab]\\b*))", "s": "éé", "subs": [["e", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["", "́", "é"], "repl": "<|e>́<|>é<|>"}
{"p": "(?i:[^\\W]){0,}", "s": "aaaa", "subs": [["aaaa"]], "split": ["", ""], "repl": "<|aaaa>"}
{"p": "(?i:[^\\W])|(((\\x{301})){2}|^){0,}(?:\\PL){0,1}", "s": "ab", "subs": [["a", null, null, null], ["b", null, null, null]], "split": ["", "", ""], "repl": "<|a><|b>"}
{"p": "(?i:[^\\W])|(((\\x{301})){2}|^){0,}(?:\\PL){0,1}", "s": "aaaa", "subs": [["a", null, null, null], ["a", null, null, null], ["a", null, null, null], ["a", null, null, null]], "split": ["", "", "", "", ""], "repl": "<|a><|a><|a><|a>"}
{"p": "(?i:[k])?", "s": "a", "subs": [[""], [""]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "(?i:[k])?A*é??|(?:(?:((?:.)??|(\\n)*)*)+)", "s": "abab", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "(?i:[k]){0,1}|[[:alpha:]]", "s": "é", "subs": [[""], [""]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "(?i:[k]){1,2}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i:[k])|((((\\B{1,2}?))|(?:\\p{Cyrillic}))){0,1}", "s": "ab ab ab", "subs": [["", null, null, null, null], ["", "", "", "", ""], ["", null, null, null, null], ["", null, null, null, null], ["", "", "", "", ""], ["", null, null, null, null], ["", null, null, null, null], ["", "", "", "", ""], ["", null, null, null, null]], "split": ["a", "b", " ", "a", "b", " ", "a", "b"], "repl": "<|>a<|>b<|> <|>a<|>b<|> <|>a<|>b<|>"}
{"p": "(?i:[k])|(?i:[α-ω]){0,}", "s": "bbb", "subs": [[""], [""], [""], [""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?i:[α-ω])", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "(?i:[α-ω])(((é{0,})|x(?i:[[:lower:]])))", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "(?i:[α-ω])(([[:alpha:]]*?|${0,1})|((?i:\\p{Ll})|\\W))(?i:ſ){1,2}", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "(?i:[α-ω])(?:(?:\\p{Lu}){0,}){2}", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "(?i:[α-ω])(?:(?:\\p{Lu}){0,}){2}", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "(?i:[α-ω])*?", "s": "٣4٥", "subs": [[""], [""], [""], [""]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(?i:[α-ω])+", "s": "ǄǅǆDž", "subs": [], "split": ["ǄǅǆDž"], "repl": "ǄǅǆDž"}
{"p": "(?i:[α-ω])+?((?:(?:[a-c])+?[ab]{2})*?|\\p{Nd})|((a|([a-c](?s:.)|(?:[a-c]))){2}){0,}", "s": "µΜμ", "subs": [["µ", "", null, null, null], ["Μ", "", null, null, null], ["μ", "", null, null, null]], "split": ["", "", "", ""], "repl": "<|µ><|Μ><|μ>"}
{"p": "(?i:[α-ω])+?|((?:(A*|(?i:[k]))+?(?i:a)*((?i:ǅ)?){2})*|(\\d|((?i:[^\\W])+?|((?m:^)+?))*)??){1,2}?", "s": "A", "subs": [["A", "A", "A", "", null, null, null]], "split": ["", ""], "repl": "<A|A>"}
{"p": "(?i:[α-ω]){1,2}?", "s": "ſ", "subs": [], "split": ["ſ"], "repl": "ſ"}
{"p": "(?i:[α-ω]){1,2}?(?i:[α-ω]){1,2}?", "s": "Ab aB", "subs": [], "split": ["Ab aB"], "repl": "Ab aB"}
{"p": "(?i:[α-ω]){1,2}?(?i:[α-ω]){1,2}?", "s": "x a_b", "subs": [], "split": ["x a_b"], "repl": "x a_b"}
{"p": "(?i:[α-ω]){2}", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "(?i:[α-ω])|((?:[[:alpha:]]\\PL?){2}){2}", "s": "x a_b", "subs": [], "split": ["x a_b"], "repl": "x a_b"}
{"p": "(?i:\\p{Ll}){0,}", "s": "ab", "subs": [["ab"]], "split": ["", ""], "repl": "<|ab>"}
{"p": "(?i:\\p{Ll}){0,}(((?i:a)|(?:a)){2}|(?:(?:(?i:a)[😀-😂]?)??){0,1})??|(((\\pL)|((?i:Å))){0,1}|[a-c]){1,2}?[[:alpha:]]", "s": "1a2", "subs": [["", null, null, null, null, null, null], ["a", null, null, null, null, null, null], ["", null, null, null, null, null, null]], "split": ["1", "2"], "repl": "<|>1<|a>2<|>"}
{"p": "(?i:\\p{Ll})|(?i:[α-ω])", "s": "αβ x", "subs": [["α"], ["β"], ["x"]], "split": ["", "", " ", ""], "repl": "<|α><|β> <|x>"}
{"p": "(?i:\\p{Ll})|(?i:ǅ)??", "s": "", "subs": [[""]], "split": [""], "repl": "<|>"}
{"p": "(?i:a){0,1}", "s": "\na", "subs": [[""], ["a"]], "split": ["\n", ""], "repl": "<|>\n<|a>"}
{"p": "(?i:a){2}", "s": "ſ", "subs": [], "split": ["ſ"], "repl": "ſ"}
{"p": "(?i:a)|\\W", "s": "a", "subs": [["a"]], "split": ["", ""], "repl": "<|a>"}
{"p": "(?i:µ)(?:[^\\pL]{0,1})+|(?:(?i:a))+", "s": "abababab\nbaba", "subs": [["a"], ["a"], ["a"], ["a"], ["a"], ["a"]], "split": ["", "b", "b", "b", "b\nb", "b", ""], "repl": "<|a>b<|a>b<|a>b<|a>b\nb<|a>b<|a>"}
{"p": "(?i:µ){2}", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "(?i:µ)|x*", "s": "éé", "subs": [[""], [""], [""], [""]], "split": ["e", "́", "é"], "repl": "<|>e<|>́<|>é<|>"}
{"p": "(?i:Å)", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "(?i:Å)+?([^\\pL])", "s": "ǄǅǆDž", "subs": [], "split": ["ǄǅǆDž"], "repl": "ǄǅǆDž"}
{"p": "(?i:Å)??|((([[:upper:]]|(?i:ſ){1,2}?){1,2})+){1,2}(?:b)?", "s": "xAxaXa bB_", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["x", "A", "x", "a", "X", "a", " ", "b", "B", "_"], "repl": "<|>x<|>A<|>x<|>a<|>X<|>a<|> <|>b<|>B<|>_<|>"}
{"p": "(?i:ſ)", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i:ſ)((\\w)|(?:([[:alpha:]])){1,2}?)|(?:\\PL(?m:^){1,2}?){0,}", "s": "٣4٥", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(?i:ſ)?(((\\p{Nd}|[a-c]*?))|((?m:^)))", "s": "ab", "subs": [["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?i:ſ)?|((\\n)|(?i:ǅ)*?)*((\\d){0,1}|(?:(\\pL{1,2}?){0,}((?m:^)){1,2}){1,2})+?", "s": "ΣσςΑα", "subs": [["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(?i:ſ){0,1}\\b", "s": "xAxaXa bB_", "subs": [[""], [""], [""], [""]], "split": ["xAxaXa", " ", "bB_"], "repl": "<|>xAxaXa<|> <|>bB_<|>"}
{"p": "(?i:ſ){1,2}?", "s": "😀😁x", "subs": [], "split": ["😀😁x"], "repl": "😀😁x"}
{"p": "(?i:ſ){1,2}|\\d\\pL{1,2}?", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i:ǅ)+?", "s": "ſ", "subs": [], "split": ["ſ"], "repl": "ſ"}
{"p": "(?i:ǅ)+?", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i:ǅ)??", "s": "KkSsſK", "subs": [[""], [""], [""], [""], [""], [""], [""]], "split": ["K", "k", "S", "s", "ſ", "K"], "repl": "<|>K<|>k<|>S<|>s<|>ſ<|>K<|>"}
{"p": "(?i:ǅ){1,2}((\\A{0,1}[[:alpha:]]?)|([\\d\\s]|((?i:\\p{Ll})|\\W+?)))*", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i:ǅ){2}", "s": "😀😁x", "subs": [], "split": ["😀😁x"], "repl": "😀😁x"}
{"p": "(?i:ǅ){2}|[\\p{Greek}a]", "s": "aaaaaaaaab", "subs": [["a"], ["a"], ["a"], ["a"], ["a"], ["a"], ["a"], ["a"], ["a"]], "split": ["", "", "", "", "", "", "", "", "", "b"], "repl": "<|a><|a><|a><|a><|a><|a><|a><|a><|a>b"}
{"p": "(?i:ǅ)|[^\\s]", "s": "ab ab ab", "subs": [["a"], ["b"], ["a"], ["b"], ["a"], ["b"]], "split": ["", "", " ", "", " ", "", ""], "repl": "<|a><|b> <|a><|b> <|a><|b>"}
{"p": "(?i:σ)*?(([\\d\\s]))*|((?:((?i:[k])?)\\A{2})+)?", "s": "éé", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["e", "́", "é"], "repl": "<|>e<|>́<|>é<|>"}
{"p": "(?i:σ)??|\\s", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?i:σ){0,1}", "s": "abab", "subs": [[""], [""], [""], [""], [""]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "(?i:σ)|[^\\s]", "s": "ΣσςΑα", "subs": [["Σ"], ["σ"], ["ς"], ["Α"], ["α"]], "split": ["", "", "", "", "", ""], "repl": "<|Σ><|σ><|ς><|Α><|α>"}
{"p": "(?im)${0,1}", "s": "a", "subs": [[""], [""]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "(?im)($|[\\p{Greek}a](((?i:µ))|(é|\\d))){2}|(?s:.){1,2}?", "s": "ſSsKkK", "subs": [["ſ", null, null, null, null], ["S", null, null, null, null], ["s", null, null, null, null], ["K", null, null, null, null], ["k", null, null, null, null], ["K", null, null, null, null]], "split": ["", "", "", "", "", "", ""], "repl": "<|ſ><|S><|s><|K><|k><|K>"}
{"p": "(?im)((((?:\\pP))))", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "(?im)(((?:\\x{301}(?:\\x{301}){2}){0,}|((?:(?s:.)){0,})+)+|\\z(?i:[k])?)", "s": "KkSsſK", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["K", "k", "S", "s", "ſ", "K"], "repl": "<|>K<|>k<|>S<|>s<|>ſ<|>K<|>"}
{"p": "(?im)((([^a])){0,1})", "s": "abab", "subs": [["", "", null, null], ["b", "b", "b", "b"], ["b", "b", "b", "b"]], "split": ["a", "a", ""], "repl": "<|>a<b|b>a<b|b>"}
{"p": "(?im)(((\\p{Cyrillic})))|b", "s": "ab", "subs": [["b", null, null, null]], "split": ["a", ""], "repl": "a<|b>"}
{"p": "(?im)((?:((?i:σ)*)[\\d\\s]{1,2}?){1,2}?|x)", "s": "😀😁x", "subs": [["x", "x", null]], "split": ["😀😁", ""], "repl": "😀😁<x|x>"}
{"p": "(?im)((?:((?i:σ)*)[\\d\\s]{1,2}?){1,2}?|x)", "s": "Ab aB", "subs": [[" ", " ", ""]], "split": ["Ab", "aB"], "repl": "Ab< | >aB"}
{"p": "(?im)((?i:Å))", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?im)((?i:ǅ)){2}|(((\\PL+\\pP{0,1})|((?i:[k]))[ab]\\n{1,2}?))", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?im)((?i:σ))", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?im)(([\\n]){1,2}?|[^\\s]+?)|[[:upper:]]", "s": "\n\n", "subs": [["\n", "\n", "\n"], ["\n", "\n", "\n"]], "split": ["", "", ""], "repl": "<\n|\n><\n|\n>"}
{"p": "(?im)((\\pP|((?m:^)+[[:upper:]]){0,})??|((?:((?i:ſ))?){1,2}))", "s": "aaaa", "subs": [["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null]], "split": ["a", "a", "a", "a"], "repl": "<|>a<|>a<|>a<|>a<|>"}
{"p": "(?im)((\\pP|((?m:^)+[[:upper:]]){0,})??|((?:((?i:ſ))?){1,2}))", "s": "ab ab ab", "subs": [["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null]], "split": ["a", "b", " ", "a", "b", " ", "a", "b"], "repl": "<|>a<|>b<|> <|>a<|>b<|> <|>a<|>b<|>"}
{"p": "(?im)((\\pP|((?m:^)+[[:upper:]]){0,})??|((?:((?i:ſ))?){1,2}))", "s": "ab", "subs": [["", "", null, null, null, null], ["", "", null, null, null, null], ["", "", null, null, null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?im)((\\p{Cyrillic}|(\\A+?[\\n]{1,2})))", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "(?im)((b|(?m:^)){2})(?i:a){0,1}", "s": "ab ab ab", "subs": [["a", "", ""]], "split": ["", "b ab ab"], "repl": "<|a>b ab ab"}
{"p": "(?im)((b|(?m:^)){2})(?i:a){0,1}", "s": "ba", "subs": [["ba", "b", "b"]], "split": ["", ""], "repl": "<b|ba>"}
{"p": "(?im)(?:((\\pL\\pP{1,2}))(([^a])+?(?i:Å){2}x*?|(\\z|(?i:Å)){0,1})+?){0,}", "s": "aab", "subs": [["", null, null, null, null, null], ["", null, null, null, null, null], ["", null, null, null, null, null], ["", null, null, null, null, null]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "(?im)(?:(?i:[k]))", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "(?im)(?:\\p{Lu})*?", "s": "xAxaXa bB_", "subs": [[""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""]], "split": ["x", "A", "x", "a", "X", "a", " ", "b", "B", "_"], "repl": "<|>x<|>A<|>x<|>a<|>X<|>a<|> <|>b<|>B<|>_<|>"}
{"p": "(?im)(?:\\x{301})?", "s": "aab", "subs": [[""], [""], [""], [""]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "(?im)(?i:µ)|(((?i:[α-ω])|(?i:σ)*))", "s": "ab\n", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["a", "b", "\n"], "repl": "<|>a<|>b<|>\n<|>"}
{"p": "(?im)(?i:σ){1,2}", "s": "😀😁x", "subs": [], "split": ["😀😁x"], "repl": "😀😁x"}
{"p": "(?im)(?m:$)", "s": "Ab aB", "subs": [[""]], "split": ["Ab aB"], "repl": "Ab aB<|>"}
{"p": "(?im)(?s:.){1,2}?|((?:(?:b(?i:ǅ)??){1,2}([^\\pL]|[^a])?){2}){0,1}\\PL{1,2}", "s": "acd", "subs": [["a", null, null], ["c", null, null], ["d", null, null]], "split": ["", "", "", ""], "repl": "<|a><|c><|d>"}
{"p": "(?im)(?s:.){1,2}?|((?:(?:b(?i:ǅ)??){1,2}([^\\pL]|[^a])?){2}){0,1}\\PL{1,2}", "s": "\na", "subs": [["\n", null, null], ["a", null, null]], "split": ["", "", ""], "repl": "<|\n><|a>"}
{"p": "(?im)(A+?|((?i:ſ)|((?i:Å)+?)){0,1}){1,2}?", "s": "٣4٥", "subs": [["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(?im)([[:alpha:]]{1,2}?)", "s": "ab", "subs": [["a", "a"], ["b", "b"]], "split": ["", "", ""], "repl": "<a|a><b|b>"}
{"p": "(?im)([^\\pL]*|A(?:([\\n]?){1,2}?)??)", "s": "a\nb", "subs": [["", "", null], ["\n", "\n", null], ["", "", null]], "split": ["a", "b"], "repl": "<|>a<\n|\n>b<|>"}
{"p": "(?im)([^\\pL]*|A(?:([\\n]?){1,2}?)??)", "s": "ab ab ab", "subs": [["", "", null], ["", "", null], [" ", " ", null], ["", "", null], [" ", " ", null], ["", "", null], ["", "", null]], "split": ["a", "b", "a", "b", "a", "b"], "repl": "<|>a<|>b< | >a<|>b< | >a<|>b<|>"}
{"p": "(?im)(\\PL{0,}|(?:(?i:σ){0,}\\x41{1,2}){1,2}(?i:Å))|\\PL+?", "s": "ǄǅǆDž", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "(?im)(\\pL+?)", "s": "ab", "subs": [["a", "a"], ["b", "b"]], "split": ["", "", ""], "repl": "<a|a><b|b>"}
{"p": "(?im)(^+|(\\W)){2}", "s": "ΣσςΑα", "subs": [["", "", null], ["σς", "ς", "ς"], ["Αα", "α", "α"]], "split": ["Σ", "", ""], "repl": "<|>Σ<ς|σς><α|Αα>"}
{"p": "(?im)(^+|(\\W)){2}", "s": "abab", "subs": [["", "", null]], "split": ["abab"], "repl": "<|>abab"}
{"p": "(?im)A{1,2}", "s": "ΣσςΑα", "subs": [], "split": ["ΣσςΑα"], "repl": "ΣσςΑα"}
{"p": "(?im)A{1,2}", "s": "٣4٥", "subs": [], "split": ["٣4٥"], "repl": "٣4٥"}
{"p": "(?im)[[:upper:]](?i:[^\\W]){1,2}", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "(?im)[[:upper:]]??|\\W{1,2}?x", "s": "ab\n", "subs": [[""], [""], [""], [""]], "split": ["a", "b", "\n"], "repl": "<|>a<|>b<|>\n<|>"}
{"p": "(?im)[\\n]??", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?im)[^a]", "s": "ſSsKkK", "subs": [["ſ"], ["S"], ["s"], ["K"], ["k"], ["K"]], "split": ["", "", "", "", "", "", ""], "repl": "<|ſ><|S><|s><|K><|k><|K>"}
{"p": "(?im)[^a]|\\W", "s": "bbb", "subs": [["b"], ["b"], ["b"]], "split": ["", "", "", ""], "repl": "<|b><|b><|b>"}
{"p": "(?im)\\A{2}(?:\\pL{0,}){0,1}|((((?:\\p{Sm})+?))+)+", "s": "abababab\nbaba", "subs": [["abababab", null, null, null]], "split": ["", "\nbaba"], "repl": "<|abababab>\nbaba"}
{"p": "(?im)\\b|([^a]|(?:$*(((?i:a){1,2}?|[^a])|\\B{1,2}\\z{2})*)*)", "s": "k", "subs": [["", null, null, null], ["", null, null, null]], "split": ["k"], "repl": "<|>k<|>"}
{"p": "(?im)a", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "(?m)(((^)\\d*?){0,}|(?i:[k]))*?", "s": "bbb", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?m)((?:(((?:\\p{Cyrillic})?)??)){0,1})*|[^\\pL]", "s": "abababab\nbaba", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "(?m)((?:(((?:\\p{Cyrillic})?)??)){0,1})*|[^\\pL]", "s": "😀😁x", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "(?m)((?:((?:\\p{Nd}){1,2}?)))(([\\d\\s]{0,1}\\pL?)|\\pP){1,2}", "s": "Σς", "subs": [], "split": ["Σς"], "repl": "Σς"}
{"p": "(?m)((?:(\\pP|(?i:ſ){2}))|$){1,2}((?:(?:(?i:[α-ω]))+)|\\PL{2})??|((\\x41[[:upper:]])(?i:[k]){1,2}|(((?i:ǅ))))", "s": "ab", "subs": [["", "", null, null, null, null, null, null]], "split": ["ab"], "repl": "ab<|>"}
{"p": "(?m)((?:\\W(.){0,1})??)?|(?:\\Wb{1,2}?)+", "s": "abcd", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["a", "b", "c", "d"], "repl": "<|>a<|>b<|>c<|>d<|>"}
{"p": "(?m)((?i:a))(?i:Å){2}", "s": "٣4٥", "subs": [], "split": ["٣4٥"], "repl": "٣4٥"}
{"p": "(?m)((\\w)*(A{1,2}){2})[\\d\\s]{1,2}", "s": "αβ x", "subs": [], "split": ["αβ x"], "repl": "αβ x"}
{"p": "(?m)((\\w)*(A{1,2}){2})[\\d\\s]{1,2}", "s": "aaaaaaaaab", "subs": [], "split": ["aaaaaaaaab"], "repl": "aaaaaaaaab"}
{"p": "(?m)(?:$)", "s": "xAxaXa bB_", "subs": [[""]], "split": ["xAxaXa bB_"], "repl": "xAxaXa bB_<|>"}
{"p": "(?m)(?:\\p{Nd}){1,2}?", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?m)(?i:[[:lower:]])", "s": "٣4٥", "subs": [], "split": ["٣4٥"], "repl": "٣4٥"}
{"p": "(?m)(?i:[[:lower:]])", "s": "aaaa", "subs": [["a"], ["a"], ["a"], ["a"]], "split": ["", "", "", "", ""], "repl": "<|a><|a><|a><|a>"}
{"p": "(?m)(?m:$){0,}", "s": "KkSsſK", "subs": [[""], [""], [""], [""], [""], [""], [""]], "split": ["K", "k", "S", "s", "ſ", "K"], "repl": "<|>K<|>k<|>S<|>s<|>ſ<|>K<|>"}
{"p": "(?m)(?m:^)", "s": "ſSsKkK", "subs": [[""]], "split": ["ſSsKkK"], "repl": "<|>ſSsKkK"}
{"p": "(?m)(?s:.)|((?:\\p{Sm}){1,2}[\\n]*|(é))*", "s": "xAxaXa bB_", "subs": [["x", null, null], ["A", null, null], ["x", null, null], ["a", null, null], ["X", null, null], ["a", null, null], [" ", null, null], ["b", null, null], ["B", null, null], ["_", null, null]], "split": ["", "", "", "", "", "", "", "", "", "", ""], "repl": "<|x><|A><|x><|a><|X><|a><| ><|b><|B><|_>"}
{"p": "(?m)(?s:.)|((?:\\p{Sm}){1,2}[\\n]*|(é))*", "s": "ba", "subs": [["b", null, null], ["a", null, null]], "split": ["", "", ""], "repl": "<|b><|a>"}
{"p": "(?m)([^a]?|((?:(?:\\p{Sm}){0,})|((?:(?s:.))??))*)", "s": "KkSsſK", "subs": [["K", "K", null, null], ["k", "k", null, null], ["S", "S", null, null], ["s", "s", null, null], ["ſ", "ſ", null, null], ["K", "K", null, null]], "split": ["", "", "", "", "", "", ""], "repl": "<K|K><k|k><S|S><s|s><ſ|ſ><K|K>"}
{"p": "(?m)([^a]{2}|b)|((?:(\\b{0,}[[:alpha:]]*){2}[[:alpha:]]{2}){0,1})", "s": "1a2", "subs": [["", null, "", null], ["", null, "", null], ["", null, "", null], ["", null, "", null]], "split": ["1", "a", "2"], "repl": "<|>1<|>a<|>2<|>"}
{"p": "(?m)([^a]{2}|b)|((?:(\\b{0,}[[:alpha:]]*){2}[[:alpha:]]{2}){0,1})", "s": "a\nb", "subs": [["", null, "", null], ["\nb", "\nb", null, null]], "split": ["a", ""], "repl": "<|>a<\nb|\nb>"}
{"p": "(?m)([^a]|(${2}))", "s": "bbb", "subs": [["b", "b", null], ["b", "b", null], ["b", "b", null]], "split": ["", "", "", ""], "repl": "<b|b><b|b><b|b>"}
{"p": "(?m)(\\x{301})??", "s": "\n\n", "subs": [["", null], ["", null], ["", null]], "split": ["\n", "\n"], "repl": "<|>\n<|>\n<|>"}
{"p": "(?m)(\\z(?i:[k]){1,2}(?s:.){1,2}?(?i:µ){0,1}((?i:µ))?[ab]{0,1})|\\x41*?", "s": "K", "subs": [["", null, null], ["", null, null]], "split": ["K"], "repl": "<|>K<|>"}
{"p": "(?m)(a{1,2}\\p{Cyrillic})|([\\n]((?:(?m:^){1,2}){2}){1,2})", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?m)[\\p{Greek}a]??", "s": "aab", "subs": [[""], [""], [""], [""]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "(?m)[^\\s]{2}|(.)((?i:[[:lower:]])a*){2}(((?s:.)|(?:x+)?)|(?:(?:\\W)+(\\p{Cyrillic})+)+){1,2}?", "s": "ab", "subs": [["ab", null, null, null, null, null]], "split": ["", ""], "repl": "<|ab>"}
{"p": "(?m)\\b", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "(?m)\\p{Lu}", "s": "µΜμ", "subs": [["Μ"]], "split": ["µ", "μ"], "repl": "µ<|Μ>μ"}
{"p": "(?m)\\p{Lu}", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "(?m)\\p{Lu}|(?:\\p{Lu}){1,2}", "s": "٣4٥", "subs": [], "split": ["٣4٥"], "repl": "٣4٥"}
{"p": "(?m)\\x41", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "(?m)\\x41|(?i:[[:lower:]]){2}(((?i:σ){1,2}|(?i:[α-ω]))|b)(((?i:[α-ω])|(\\w)){1,2})??", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "(?m)\\x41|(?i:[[:lower:]]){2}(((?i:σ){1,2}|(?i:[α-ω]))|b)(((?i:[α-ω])|(\\w)){1,2})??", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "(?m)x+?", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "(?m)x+?", "s": "acd", "subs": [], "split": ["acd"], "repl": "acd"}
{"p": "(?m:$)([\\n])", "s": "µΜμ", "subs": [], "split": ["µΜμ"], "repl": "µΜμ"}
{"p": "(?m:$)*?", "s": "abababab\nbaba", "subs": [[""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "(?m:$)*?|(((?i:ǅ))?|(?:\\PL){1,2}?)??", "s": "é", "subs": [["", null, null], ["", null, null]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "(?m:$)+(?i:Å)??", "s": "éé", "subs": [[""]], "split": ["éé"], "repl": "éé<|>"}
{"p": "(?m:$){2}|\\w", "s": "A", "subs": [["A"]], "split": ["", ""], "repl": "<|A>"}
{"p": "(?m:$)|((?i:[^\\W]))*?", "s": "ab", "subs": [["", null], ["", null], ["", null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?m:$)|(?:A{1,2}?){0,}", "s": "acd", "subs": [[""], [""], [""], [""]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "(?m:^)*?", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?m:^)?", "s": "bbb", "subs": [[""], [""], [""], [""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?m:^)?", "s": "ΣσςΑα", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(?m:^)?", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?m:^){0,}((?i:σ){0,}|((?m:$){2}(?m:$)|x{1,2})){2}", "s": "ab ab ab", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["a", "b", " ", "a", "b", " ", "a", "b"], "repl": "<|>a<|>b<|> <|>a<|>b<|> <|>a<|>b<|>"}
{"p": "(?m:^){2}", "s": "abab", "subs": [[""]], "split": ["abab"], "repl": "<|>abab"}
{"p": "(?m:^)|((?:[\\p{Greek}a]*([^\\pL])))", "s": "ab", "subs": [["", null, null]], "split": ["ab"], "repl": "<|>ab"}
{"p": "(?m:^)|(?:\\p{Nd})", "s": "bbb", "subs": [[""]], "split": ["bbb"], "repl": "<|>bbb"}
{"p": "(?m:^)|(?:\\p{Nd})", "s": "ÅåÅ", "subs": [[""]], "split": ["ÅåÅ"], "repl": "<|>ÅåÅ"}
{"p": "(?m:^)|a", "s": "ab\n", "subs": [[""], [""]], "split": ["ab\n"], "repl": "<|>ab\n<|>"}
{"p": "(?s)(${0,})+", "s": "Σς", "subs": [["", ""], ["", ""], ["", ""]], "split": ["Σ", "ς"], "repl": "<|>Σ<|>ς<|>"}
{"p": "(?s)(${0,})+", "s": "a", "subs": [["", ""], ["", ""]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "(?s)((((?i:a))))", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "(?s)(((?:(?:(?i:a)*?))|\\PL)|\\p{Nd})+?", "s": "aaaa", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["a", "a", "a", "a"], "repl": "<|>a<|>a<|>a<|>a<|>"}
{"p": "(?s)(((?m:$){1,2}?|([\\p{Greek}a]{2}|b{2})\\A{0,1})|(?:[\\n]{0,}\\pL+?)+?){0,1}", "s": "abababab\nbaba", "subs": [["a", "a", null, null], ["b", "b", null, null], ["a", "a", null, null], ["b", "b", null, null], ["a", "a", null, null], ["b", "b", null, null], ["a", "a", null, null], ["b", "b", null, null], ["b", "b", null, null], ["a", "a", null, null], ["b", "b", null, null], ["a", "a", null, null]], "split": ["", "", "", "", "", "", "", "", "\n", "", "", "", ""], "repl": "<a|a><b|b><a|a><b|b><a|a><b|b><a|a><b|b>\n<b|b><a|a><b|b><a|a>"}
{"p": "(?s)((?:b(?:.\\p{Lu})?(?i:[[:lower:]])*?){0,}|(?:\\x{301})+){2}", "s": "ǄǅǆDž", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "(?s)((?i:[k])|([[:alpha:]](?i:[^\\W])\\b?|(?:(\\x41*){0,}){1,2}))??", "s": "Ab aB", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["A", "b", " ", "a", "B"], "repl": "<|>A<|>b<|> <|>a<|>B<|>"}
{"p": "(?s)((?i:ſ)){1,2}", "s": "abcd", "subs": [], "split": ["abcd"], "repl": "abcd"}
{"p": "(?s)((?i:ǅ)|([a-c]|(?i:[[:lower:]]){2})(\\p{Cyrillic}){0,})(((?:(?:\\p{Sm}){0,1}){0,1}){1,2}?|((?:(?i:[[:lower:]])+)|((?i:µ){1,2})))?|([^\\pL]((?i:a))*?)", "s": "Σς", "subs": [], "split": ["Σς"], "repl": "Σς"}
{"p": "(?s)((?i:ǅ)|([a-c]|(?i:[[:lower:]]){2})(\\p{Cyrillic}){0,})(((?:(?:\\p{Sm}){0,1}){0,1}){1,2}?|((?:(?i:[[:lower:]])+)|((?i:µ){1,2})))?|([^\\pL]((?i:a))*?)", "s": "aab", "subs": [["a", "a", "a", null, "", "", null, null, null, null], ["a", "a", "a", null, "", "", null, null, null, null], ["b", "b", "b", null, "", "", null, null, null, null]], "split": ["", "", "", ""], "repl": "<a|a><a|a><b|b>"}
{"p": "(?s)((?i:σ))?", "s": "٣4٥", "subs": [["", null], ["", null], ["", null], ["", null]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(?s)((?i:σ))?", "s": "\na", "subs": [["", null], ["", null], ["", null]], "split": ["\n", "a"], "repl": "<|>\n<|>a<|>"}
{"p": "(?s)((?m:$)){2}", "s": "\na", "subs": [["", ""], ["", ""]], "split": ["\na"], "repl": "<|>\na<|>"}
{"p": "(?s)(.{0,}|\\p{Nd}){1,2}|\\s", "s": "xAxaXa bB_", "subs": [["xAxaXa bB_", ""]], "split": ["", ""], "repl": "<|xAxaXa bB_>"}
{"p": "(?s)(?:((?:((?i:[[:lower:]]){0,1})*)+){0,})|(((?:\\p{Sm}){1,2}?))", "s": "bbb", "subs": [["bbb", "bbb", "b", null, null]], "split": ["", ""], "repl": "<bbb|bbb>"}
{"p": "(?s)(?:((?:((?i:[[:lower:]]){0,1})*)+){0,})|(((?:\\p{Sm}){1,2}?))", "s": "abababab\nbaba", "subs": [["abababab", "abababab", "b", null, null], ["baba", "baba", "a", null, null]], "split": ["", "\n", ""], "repl": "<abababab|abababab>\n<baba|baba>"}
{"p": "(?s)(?:((?i:[^\\W])??|((\\s)|(?:\\x41)){0,1}))??", "s": "A", "subs": [["", null, null, null], ["", null, null, null]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "(?s)(?:(?:(\\W{1,2}[[:upper:]]|[^\\s]\\b){0,1}((?:[^a])){2})\\z{0,})+?", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "(?s)(?:(?:A{0,1})[\\d\\s])*", "s": "bbb", "subs": [[""], [""], [""], [""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?s)(?:(?:é[^\\s]{1,2}\\z(?i:ſ){1,2}?(?i:Å)*)+?(?:\\A{0,1})+?(((?i:µ)|[[:upper:]]){1,2}?)+?){1,2}|(?:(?i:Å))(?i:[k])?(((?:\\p{Sm}){1,2}|(?:\\p{Sm})+?)|(?i:[k])+)??", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "(?s)(?:(?i:[k]){0,}\\W*?){1,2}|([\\d\\s]((?m:^)+|(?:.){1,2}){0,}|[ab]\\pP{2})", "s": "a\nb", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["a", "\n", "b"], "repl": "<|>a<|>\n<|>b<|>"}
{"p": "(?s)(?:(?i:[α-ω])[\\p{Greek}a]??){0,1}", "s": "bbb", "subs": [[""], [""], [""], [""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?s)(?:([^a]{1,2})*)[[:upper:]]+?|((?:((\\d{0,1})|[^a])))??", "s": "ÅåÅ", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "(?s)(?:([^a]{1,2})*)[[:upper:]]+?|((?:((\\d{0,1})|[^a])))??", "s": "é", "subs": [["", null, null, null, null], ["", null, null, null, null]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "(?s)(?:([ab]{0,})+)|[😀-😂]{1,2}?", "s": "ǄǅǆDž", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "(?s)(?:(\\pP?|(?i:\\p{Ll})?))|((((?:\\x41{0,1})|(\\d??)+)|((?i:[^\\W])|[[:alpha:]]){2}(\\B))|(?i:σ)([\\n]|((?i:Å))))*", "s": "abcd", "subs": [["", "", null, null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null, null]], "split": ["a", "b", "c", "d"], "repl": "<|>a<|>b<|>c<|>d<|>"}
{"p": "(?s)(?:\\PL(?:(\\PL{1,2})[^a]+?((?:.)*?|(\\d))?)*)+", "s": "ab\n", "subs": [["\n", null, null, null]], "split": ["ab", ""], "repl": "ab<|\n>"}
{"p": "(?s)(?:\\p{Nd})", "s": "\na", "subs": [], "split": ["\na"], "repl": "\na"}
{"p": "(?s)(?:b(?i:σ)*?){2}", "s": "µΜμ", "subs": [], "split": ["µΜμ"], "repl": "µΜμ"}
{"p": "(?s)(?i:µ)", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "(?s)(?i:ǅ)((.?|\\s)?)*?|\\x41", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "(?s)([\\p{Greek}a]|(?m:$)+?(\\PL{1,2}\\B{2}))?", "s": "é", "subs": [["", null, null], ["", null, null]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "(?s)([\\p{Greek}a]|(?m:$)+?(\\PL{1,2}\\B{2}))?", "s": "ab", "subs": [["a", "a", null], ["", null, null]], "split": ["", "b"], "repl": "<a|a>b<|>"}
{"p": "(?s)[^\\s]+", "s": "acd", "subs": [["acd"]], "split": ["", ""], "repl": "<|acd>"}
{"p": "(?s)\\W", "s": "Ab aB", "subs": [[" "]], "split": ["Ab", "aB"], "repl": "Ab<| >aB"}
{"p": "(?s)\\W", "s": "µΜμ", "subs": [["µ"], ["Μ"], ["μ"]], "split": ["", "", "", ""], "repl": "<|µ><|Μ><|μ>"}
{"p": "(?s)\\d{1,2}", "s": "αβ x", "subs": [], "split": ["αβ x"], "repl": "αβ x"}
{"p": "(?s)\\d{1,2}", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "(?s)\\n*?", "s": "xAxaXa bB_", "subs": [[""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""]], "split": ["x", "A", "x", "a", "X", "a", " ", "b", "B", "_"], "repl": "<|>x<|>A<|>x<|>a<|>X<|>a<|> <|>b<|>B<|>_<|>"}
{"p": "(?s)\\pL+?", "s": "ſSsKkK", "subs": [["ſ"], ["S"], ["s"], ["K"], ["k"], ["K"]], "split": ["", "", "", "", "", "", ""], "repl": "<|ſ><|S><|s><|K><|k><|K>"}
{"p": "(?s)\\pL??", "s": "ab\n", "subs": [[""], [""], [""], [""]], "split": ["a", "b", "\n"], "repl": "<|>a<|>b<|>\n<|>"}
{"p": "(?s)\\pL??", "s": "1a2", "subs": [[""], [""], [""], [""]], "split": ["1", "a", "2"], "repl": "<|>1<|>a<|>2<|>"}
{"p": "(?s)\\pP((?:[[:alpha:]]?))(?:(\\w+?|[a-c])[^\\pL]{2})+?", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "(?s)\\pP((?:[[:alpha:]]?))(?:(\\w+?|[a-c])[^\\pL]{2})+?", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "(?s)\\p{Sm}|(?:([a-c]){0,}(([ab]){2}|((?i:\\p{Ll})){1,2})[[:alpha:]]{2})+", "s": "x a_b", "subs": [], "split": ["x a_b"], "repl": "x a_b"}
{"p": "(?s)\\p{Sm}|a*", "s": "a+b=c!", "subs": [["a"], ["+"], ["="], [""], [""]], "split": ["", "", "b", "c", "!"], "repl": "<|a><|+>b<|=>c<|>!<|>"}
{"p": "(?s)^?((?:((?i:µ)|\\z+))*|(([^a]|\\x41{1,2}?)|(?:xé+)+?)){2}|((((?s:.){0,1}|[^\\s]??){1,2}|([[:upper:]]\\pL{1,2}?|[\\n]??)))", "s": "bbb", "subs": [["", "", null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null], ["", "", null, null, null, null, null, null, null], ["", "", "", null, null, null, null, null, null]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?s)a", "s": "A", "subs": [], "split": ["A"], "repl": "A"}
{"p": "(?s)x", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?s:.)??", "s": "abababab\nbaba", "subs": [[""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "(?s:.){0,1}", "s": "ab", "subs": [["a"], ["b"]], "split": ["", "", ""], "repl": "<|a><|b>"}
{"p": "(?s:.){1,2}|x{1,2}?", "s": "xAxaXa bB_", "subs": [["xA"], ["xa"], ["Xa"], [" b"], ["B_"]], "split": ["", "", "", "", "", ""], "repl": "<|xA><|xa><|Xa><| b><|B_>"}
{"p": "(?s:.){2}", "s": "x a_b", "subs": [["x "], ["a_"]], "split": ["", "", "b"], "repl": "<|x ><|a_>b"}
{"p": "(?s:.){2}", "s": "Ab aB", "subs": [["Ab"], [" a"]], "split": ["", "", "B"], "repl": "<|Ab><| a>B"}
{"p": "(?s:.)|(?:.+?)?", "s": "ab", "subs": [["a"], ["b"]], "split": ["", "", ""], "repl": "<|a><|b>"}
{"p": "(?s:.)|(\\d)+(([😀-😂]{1,2}\\n|(?:(?:\\x{301})*?)*)){1,2}?", "s": "ab", "subs": [["a", null, null, null], ["b", null, null, null]], "split": ["", "", ""], "repl": "<|a><|b>"}
{"p": "(A)|((?i:σ)((?:\\d{1,2}?)*?|((?i:[^\\W]))){0,})", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "(A??)??|(?s:.)+?", "s": "acd", "subs": [["", null], ["", null], ["", null], ["", null]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "([[:alpha:]]*)??|(\\PL{1,2})", "s": "a", "subs": [["", null, null], ["", null, null]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "([[:upper:]]*){1,2}", "s": "Ab aB", "subs": [["A", ""], ["", ""], ["", ""], ["B", ""]], "split": ["", "b", " ", "a", ""], "repl": "<|A>b<|> <|>a<|B>"}
{"p": "([[:upper:]]??|((?m:^))+?)??|(?i:\\p{Ll})", "s": "ab", "subs": [["", null, null], ["", null, null], ["", null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "([\\d\\s])|[^\\s](?m:$)", "s": "\n\n", "subs": [["\n", "\n"], ["\n", "\n"]], "split": ["", "", ""], "repl": "<\n|\n><\n|\n>"}
{"p": "([\\n]*|[^a]((?m:^))+([[:alpha:]]+?|(?:\\B{1,2}){0,}){0,1})", "s": "ſ", "subs": [["", "", null, null], ["", "", null, null]], "split": ["ſ"], "repl": "<|>ſ<|>"}
{"p": "([\\n]{0,})", "s": "ab", "subs": [["", ""], ["", ""], ["", ""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "([\\n]{0,})?|(\\w*?|(?:((?i:µ)(?i:[[:lower:]]))+){1,2}){2}", "s": "ab", "subs": [["", "", null, null], ["", "", null, null], ["", "", null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "([\\n]{1,2})", "s": "K", "subs": [], "split": ["K"], "repl": "K"}
{"p": "([\\n]|a[a-c]??A)", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "([^\\pL]((\\s|\\PL)+|(b?){2}){0,}|\\pP((?i:[[:lower:]])|[\\d\\s]{0,1}){1,2}(([[:alpha:]]{1,2})))", "s": "xAxaXa bB_", "subs": [[" b", " b", "b", null, "", null, null, null], ["_", "_", "", null, "", null, null, null]], "split": ["xAxaXa", "B", ""], "repl": "xAxaXa< b| b>B<_|_>"}
{"p": "([^\\pL])+?(?:\\x41+?)(?:(\\b)?\\s{1,2})?", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "([^\\pL]+(?:\\p{Sm})+?|((?i:[k]){1,2}?))(?i:σ)[^\\s]|(?:(?i:ſ){1,2}\\d{0,}){1,2}", "s": "acd", "subs": [], "split": ["acd"], "repl": "acd"}
{"p": "([^\\pL]{1,2}?)", "s": "K", "subs": [], "split": ["K"], "repl": "K"}
{"p": "([^\\pL]{1,2}?)", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "([^\\pL]{1,2}\\PL|(?:(\\d{1,2}(?i:σ)+|((?m:$)*))){1,2})|(\\n*?)", "s": "abab", "subs": [["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null], ["", "", "", "", null]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "([^\\pL]|[a-c]?)", "s": "ſSsKkK", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["ſ", "S", "s", "K", "k", "K"], "repl": "<|>ſ<|>S<|>s<|>K<|>k<|>K<|>"}
{"p": "([^\\s]){0,}", "s": "αβ x", "subs": [["αβ", "β"], ["x", "x"]], "split": ["", " ", ""], "repl": "<β|αβ> <x|x>"}
{"p": "([^\\s]){0,}", "s": "a+b=c!", "subs": [["a+b=c!", "!"]], "split": ["", ""], "repl": "<!|a+b=c!>"}
{"p": "([^\\s]|(\\p{Lu}){2})+?", "s": "٣4٥", "subs": [["٣", "٣", null], ["4", "4", null], ["٥", "٥", null]], "split": ["", "", "", ""], "repl": "<٣|٣><4|4><٥|٥>"}
{"p": "([^a]){1,2}", "s": "ΣσςΑα", "subs": [["Σσ", "σ"], ["ςΑ", "Α"], ["α", "α"]], "split": ["", "", "", ""], "repl": "<σ|Σσ><Α|ςΑ><α|α>"}
{"p": "([^a]){1,2}", "s": "a+b=c!", "subs": [["+b", "b"], ["=c", "c"], ["!", "!"]], "split": ["a", "", "", ""], "repl": "a<b|+b><c|=c><!|!>"}
{"p": "([^a]){1,2}", "s": "\na", "subs": [["\n", "\n"]], "split": ["", "a"], "repl": "<\n|\n>a"}
{"p": "([a-c]*)", "s": "aaaaaaaaab", "subs": [["aaaaaaaaab", "aaaaaaaaab"]], "split": ["", ""], "repl": "<aaaaaaaaab|aaaaaaaaab>"}
{"p": "([a-c]*)", "s": "ab", "subs": [["ab", "ab"]], "split": ["", ""], "repl": "<ab|ab>"}
{"p": "([ab]{0,})", "s": "ba", "subs": [["ba", "ba"]], "split": ["", ""], "repl": "<ba|ba>"}
{"p": "([😀-😂]{2}|\\p{Nd}(?i:\\p{Ll}))", "s": "acd", "subs": [], "split": ["acd"], "repl": "acd"}
{"p": "(\\A)*?|(([😀-😂]*|([\\p{Greek}a](?i:[[:lower:]]){2})*?)??|(\\A+?|(^??)+)?)?", "s": "abcd", "subs": [["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null]], "split": ["a", "b", "c", "d"], "repl": "<|>a<|>b<|>c<|>d<|>"}
{"p": "(\\A?)", "s": "a\nb", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "\n", "b"], "repl": "<|>a<|>\n<|>b<|>"}
{"p": "(\\A{0,}(?:\\W){1,2}?|(?:(?i:a)+(((?m:^)|(?m:^))){0,}){2})*", "s": "a+b=c!", "subs": [["", null, null, null], ["+", "+", null, null], ["=", "=", null, null], ["!", "!", null, null]], "split": ["a", "b", "c", ""], "repl": "<|>a<+|+>b<=|=>c<!|!>"}
{"p": "(\\A|([ab]b{1,2}?[😀-😂]{0,1}))", "s": "Σς", "subs": [["", "", null]], "split": ["Σς"], "repl": "<|>Σς"}
{"p": "(\\A|[[:upper:]])|((((é*|(?i:σ)))+)){2}", "s": "ab ab ab", "subs": [["", "", null, null, null, null], ["", null, "", "", "", ""], ["", null, "", "", "", ""], ["", null, "", "", "", ""], ["", null, "", "", "", ""], ["", null, "", "", "", ""], ["", null, "", "", "", ""], ["", null, "", "", "", ""], ["", null, "", "", "", ""]], "split": ["a", "b", " ", "a", "b", " ", "a", "b"], "repl": "<|>a<|>b<|> <|>a<|>b<|> <|>a<|>b<|>"}
{"p": "(\\B){1,2}?", "s": "ab ab ab", "subs": [["", ""], ["", ""], ["", ""]], "split": ["a", "b a", "b a", "b"], "repl": "a<|>b a<|>b a<|>b"}
{"p": "(\\B?|(?i:ǅ)([^\\s]|(^))+?){0,}", "s": "ǄǅǆDž", "subs": [["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "(\\B{1,2}){1,2}[\\p{Greek}a]+?(?:[^a]{2})[ab]([\\p{Greek}a]{0,}[\\p{Greek}a])+", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "(\\PL)+?([[:alpha:]](?i:µ)*|(?i:ſ))(?:\\p{Sm}){1,2}", "s": "ÅåÅ", "subs": [], "split": ["ÅåÅ"], "repl": "ÅåÅ"}
{"p": "(\\PL)+?([[:alpha:]](?i:µ)*|(?i:ſ))(?:\\p{Sm}){1,2}", "s": "ba", "subs": [], "split": ["ba"], "repl": "ba"}
{"p": "(\\PL+)??", "s": "a", "subs": [["", null], ["", null]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "(\\PL+)??", "s": "bbb", "subs": [["", null], ["", null], ["", null], ["", null]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(\\PL?|(?i:ǅ))|\\n(?:(?:(é|(?:\\x{301})*?){1,2})??)", "s": "aaaa", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["a", "a", "a", "a"], "repl": "<|>a<|>a<|>a<|>a<|>"}
{"p": "(\\W|(?:\\pP){2})", "s": "Ab aB", "subs": [[" ", " "]], "split": ["Ab", "aB"], "repl": "Ab< | >aB"}
{"p": "(\\W|(?:\\pP){2})", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "(\\d)", "s": "ſ", "subs": [], "split": ["ſ"], "repl": "ſ"}
{"p": "(\\d+|$)", "s": "aaaa", "subs": [["", ""]], "split": ["aaaa"], "repl": "aaaa<|>"}
{"p": "(\\d|(?:(?:([[:alpha:]]|[\\n]){1,2}?){2}))", "s": "x a_b", "subs": [], "split": ["x a_b"], "repl": "x a_b"}
{"p": "(\\d|(?:(?:([[:alpha:]]|[\\n]){1,2}?){2}))", "s": "ab", "subs": [["ab", "ab", "b"]], "split": ["", ""], "repl": "<ab|ab>"}
{"p": "(\\n(?i:a)|a.*?){2}((A)*|((?i:a){1,2}?|[\\n])??)+?(?i:ſ){2}", "s": "ba", "subs": [], "split": ["ba"], "repl": "ba"}
{"p": "(\\n+){2}", "s": "A", "subs": [], "split": ["A"], "repl": "A"}
{"p": "(\\n+){2}", "s": "\na", "subs": [], "split": ["\na"], "repl": "\na"}
{"p": "(\\n{1,2}|(?:([^\\pL][\\p{Greek}a]|((?i:\\p{Ll}){2}|\\p{Sm}))?)){1,2}?", "s": "k", "subs": [["", "", null, null], ["", "", null, null]], "split": ["k"], "repl": "<|>k<|>"}
{"p": "(\\n{1,2}|(?:([^\\pL][\\p{Greek}a]|((?i:\\p{Ll}){2}|\\p{Sm}))?)){1,2}?", "s": "٣4٥", "subs": [["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(\\n{2}\\pP{0,1}){2}|[[:alpha:]]", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "(\\pL{1,2})|((?s:.))", "s": "\n\n", "subs": [["\n", null, "\n"], ["\n", null, "\n"]], "split": ["", "", ""], "repl": "<|\n><|\n>"}
{"p": "(\\pP)?", "s": "acd", "subs": [["", null], ["", null], ["", null], ["", null]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "(\\pP|((?:\\x41(?i:µ){1,2})+?|\\w?){0,}){2}", "s": "xAxaXa bB_", "subs": [["xAxaXa", "", ""], ["bB_", "", ""]], "split": ["", " ", ""], "repl": "<|xAxaXa> <|bB_>"}
{"p": "(\\pP|((?i:Å)+){0,})", "s": "1a2", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["1", "a", "2"], "repl": "<|>1<|>a<|>2<|>"}
{"p": "(\\pP|(?i:[[:lower:]]))", "s": "K", "subs": [["K", "K"]], "split": ["", ""], "repl": "<K|K>"}
{"p": "(\\pP|(?i:[[:lower:]]))", "s": "ab", "subs": [["a", "a"], ["b", "b"]], "split": ["", "", ""], "repl": "<a|a><b|b>"}
{"p": "(\\pP|[^\\pL]*)((?:(?:(?i:[k])))+)|[^\\pL]??", "s": "ǄǅǆDž", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "(\\p{Lu}|((((?:\\x{301}){0,}|(?i:a)+?){2})??){0,1})", "s": "Σς", "subs": [["Σ", "Σ", null, null, null], ["", "", "", null, null]], "split": ["", "ς"], "repl": "<Σ|Σ>ς<|>"}
{"p": "(\\p{Lu}|(?i:[α-ω]))(\\p{Sm}|(?s:.)??[\\p{Greek}a]*?)*?(?m:$)+", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "(\\p{Nd}){0,}", "s": "ǄǅǆDž", "subs": [["", null], ["", null], ["", null], ["", null], ["", null], ["", null]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "(\\p{Nd})|(?:((b|\\p{Lu}))(\\b)){0,1}", "s": "ÅåÅ", "subs": [["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null], ["", null, null, null, null]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "(\\p{Nd})|(?:((b|\\p{Lu}))(\\b)){0,1}", "s": "k", "subs": [["", null, null, null, null], ["", null, null, null, null]], "split": ["k"], "repl": "<|>k<|>"}
{"p": "(\\p{Nd}|b)+", "s": "Ab aB", "subs": [["b", "b"]], "split": ["A", " aB"], "repl": "A<b|b> aB"}
{"p": "(\\p{Nd}|b)+", "s": "ab", "subs": [["b", "b"]], "split": ["a", ""], "repl": "a<b|b>"}
{"p": "(\\p{Sm}|(?:(?:(\\pL)(?m:$)*?)??A*)+?)", "s": "aab", "subs": [["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "(\\p{Sm}|(?:(?:(\\pL)(?m:$)*?)??A*)+?)", "s": "Ab aB", "subs": [["A", "A", null], ["", "", null], ["", "", null], ["", "", null], ["", "", null]], "split": ["", "b", " ", "a", "B"], "repl": "<A|A>b<|> <|>a<|>B<|>"}
{"p": "(\\s|(?:x))*?|(?m:$)*((?i:[k]){2}){0,1}($|^)+?(\\pP{0,}(?i:[k]))", "s": "ſ", "subs": [["", null, null, null, null], ["", null, null, null, null]], "split": ["ſ"], "repl": "<|>ſ<|>"}
{"p": "(\\w(?:(\\W|(?i:[k]))){1,2})", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "(\\w{0,1}|(\\x41*){0,})|(((\\B)(\\b){1,2})|(?:(?:(?:\\p{Cyrillic})[a-c]{1,2}\\p{Lu}){0,1}))", "s": "", "subs": [["", "", null, null, null, null, null]], "split": [""], "repl": "<|>"}
{"p": "(\\w{0,1}|(\\x41*){0,})|(((\\B)(\\b){1,2})|(?:(?:(?:\\p{Cyrillic})[a-c]{1,2}\\p{Lu}){0,1}))", "s": "\na", "subs": [["", "", null, null, null, null, null], ["a", "a", null, null, null, null, null]], "split": ["\n", ""], "repl": "<|>\n<a|a>"}
{"p": "(\\w{0,1}|(\\x41*){0,})|(((\\B)(\\b){1,2})|(?:(?:(?:\\p{Cyrillic})[a-c]{1,2}\\p{Lu}){0,1}))", "s": "ab", "subs": [["a", "a", null, null, null, null, null], ["b", "b", null, null, null, null, null]], "split": ["", "", ""], "repl": "<a|a><b|b>"}
{"p": "(\\w{0,1}|(\\x41*){0,})|(((\\B)(\\b){1,2})|(?:(?:(?:\\p{Cyrillic})[a-c]{1,2}\\p{Lu}){0,1}))", "s": "ab", "subs": [["a", "a", null, null, null, null, null], ["b", "b", null, null, null, null, null]], "split": ["", "", ""], "repl": "<a|a><b|b>"}
{"p": "(\\w{1,2}?)", "s": "xAxaXa bB_", "subs": [["x", "x"], ["A", "A"], ["x", "x"], ["a", "a"], ["X", "X"], ["a", "a"], ["b", "b"], ["B", "B"], ["_", "_"]], "split": ["", "", "", "", "", "", " ", "", "", ""], "repl": "<x|x><A|A><x|x><a|a><X|X><a|a> <b|b><B|B><_|_>"}
{"p": "(\\w|(?i:ſ)?){2}|\\z*", "s": "aaaaaaaaab", "subs": [["aa", "a"], ["aa", "a"], ["aa", "a"], ["aa", "a"], ["ab", "b"]], "split": ["", "", "", "", "", ""], "repl": "<a|aa><a|aa><a|aa><a|aa><b|ab>"}
{"p": "(\\w|(?i:ſ)?){2}|\\z*", "s": "٣4٥", "subs": [["", ""], ["4", ""], ["", ""]], "split": ["٣", "٥"], "repl": "<|>٣<|4>٥<|>"}
{"p": "(\\x41)", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "(\\x41)*?|(?:(?:(?:(?i:Å))))", "s": "abab", "subs": [["", null], ["", null], ["", null], ["", null], ["", null]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "(\\x{301}(é??)*(([\\n])){0,}|(?i:[k]))*|(?:(?:((?s:.)|\\pL\\pL{1,2})(\\PL){1,2})+)*?", "s": "٣4٥", "subs": [["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null], ["", null, null, null, null, null, null]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(\\x{301})|((((?s:.){0,}|\\w){1,2}|A{1,2})(?i:a)+|(?i:µ))*", "s": "k", "subs": [["", null, null, null, null], ["", null, null, null, null]], "split": ["k"], "repl": "<|>k<|>"}
{"p": "(\\z?)", "s": "bbb", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(^.*?)|\\pP", "s": "xAxaXa bB_", "subs": [["", ""], ["_", null]], "split": ["xAxaXa bB", ""], "repl": "<|>xAxaXa bB<|_>"}
{"p": "(a){1,2}?|((?:(?i:[k])(?i:ǅ)+)?|(?i:[α-ω]))?", "s": "ab", "subs": [["a", "a", null], ["", null, ""]], "split": ["", "b"], "repl": "<a|a>b<|>"}
{"p": "(a)|(?:[[:upper:]])", "s": "xAxaXa bB_", "subs": [["A", null], ["a", "a"], ["X", null], ["a", "a"], ["B", null]], "split": ["x", "x", "", "", " b", "_"], "repl": "x<|A>x<a|a><|X><a|a> b<|B>_"}
{"p": "(a*?)*?", "s": "٣4٥", "subs": [["", null], ["", null], ["", null], ["", null]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(a*?)*?", "s": "Σς", "subs": [["", null], ["", null], ["", null]], "split": ["Σ", "ς"], "repl": "<|>Σ<|>ς<|>"}
{"p": "(a*?){1,2}", "s": "a+b=c!", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "+", "b", "=", "c", "!"], "repl": "<|>a<|>+<|>b<|>=<|>c<|>!<|>"}
{"p": "(a??|(\\W?|(\\p{Lu}))+?)", "s": "aaaaaaaaab", "subs": [["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null], ["", "", null, null]], "split": ["a", "a", "a", "a", "a", "a", "a", "a", "a", "b"], "repl": "<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>b<|>"}
{"p": "(a[^\\pL]??((?:\\p{Lu})*|(?i:ǅ)))([[:alpha:]]??)|é", "s": "ab", "subs": [["a", "a", "", ""]], "split": ["", "b"], "repl": "<a|a>b"}
{"p": "(a\\W??|(?i:ǅ)){2}", "s": "Ab aB", "subs": [], "split": ["Ab aB"], "repl": "Ab aB"}
{"p": "(a\\W??|(?i:ǅ)){2}", "s": "ΣσςΑα", "subs": [], "split": ["ΣσςΑα"], "repl": "ΣσςΑα"}
{"p": "(a{0,1}(?i:[k])*?)([^\\pL]+?)(?:\\PL*){0,}|(?:(?:\\n((\\W){1,2}){1,2}?)+?)", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "(b${2}|((\\n)|(((?:\\p{Nd}){1,2}){0,1}|(^{1,2}?))??){0,1})", "s": "😀😁x", "subs": [["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null], ["", "", "", null, null, null, null]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "(b)+|(\\B{1,2}?((?:(?i:[k]){0,}))){1,2}", "s": "aaaa", "subs": [["", null, "", ""], ["", null, "", ""], ["", null, "", ""]], "split": ["a", "a", "a", "a"], "repl": "a<|>a<|>a<|>a"}
{"p": "(b)+|(\\B{1,2}?((?:(?i:[k]){0,}))){1,2}", "s": "abab", "subs": [["b", "b", null, null], ["b", "b", null, null]], "split": ["a", "a", ""], "repl": "a<b|b>a<b|b>"}
{"p": "(x)([a-c]){0,1}|(((?i:Å)+|(?i:[[:lower:]])){0,}|\\pL+?){2}", "s": "ab\n", "subs": [["ab", null, null, "", "b"], ["", null, null, "", null]], "split": ["", "\n"], "repl": "<|ab>\n<|>"}
{"p": "(é)?([\\p{Greek}a]|(x??|(?:(?i:[α-ω]))))|(?:(((?i:[[:lower:]]){1,2}\\n+?|\\p{Sm})+|[^a]*?){1,2})+", "s": "abababab\nbaba", "subs": [["a", null, "a", null, null, null], ["a", null, "a", null, null, null], ["a", null, "a", null, null, null], ["a", null, "a", null, null, null], ["", null, "", "", null, null], ["", null, "", "", null, null], ["a", null, "a", null, null, null], ["a", null, "a", null, null, null]], "split": ["", "b", "b", "b", "b", "\n", "b", "b", ""], "repl": "<|a>b<|a>b<|a>b<|a>b<|>\n<|>b<|a>b<|a>"}
{"p": "(é|\\d{0,1})((([[:alpha:]]*|.)+)){0,1}|\\d", "s": "ÅåÅ", "subs": [["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": ".", "s": "ſSsKkK", "subs": [["ſ"], ["S"], ["s"], ["K"], ["k"], ["K"]], "split": ["", "", "", "", "", "", ""], "repl": "<|ſ><|S><|s><|K><|k><|K>"}
{"p": ".|(?i:σ)", "s": "😀😁x", "subs": [["😀"], ["😁"], ["x"]], "split": ["", "", "", ""], "repl": "<|😀><|😁><|x>"}
{"p": ".|(?i:σ)", "s": "K", "subs": [["K"]], "split": ["", ""], "repl": "<|K>"}
{"p": "A(?i:[α-ω]){1,2}", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "A*?", "s": "ab\n", "subs": [[""], [""], [""], [""]], "split": ["a", "b", "\n"], "repl": "<|>a<|>b<|>\n<|>"}
{"p": "A+?(?:([\\d\\s]\\pL)(?:(\\B+?)[a-c]{0,1}\\s?){1,2}){2}", "s": "٣4٥", "subs": [], "split": ["٣4٥"], "repl": "٣4٥"}
{"p": "A+?|((?:(([[:upper:]]?){0,1})){0,}|[^\\pL])", "s": "Ab aB", "subs": [["A", null, null, null], ["", "", "", ""], ["", "", "", ""], ["B", "B", "B", "B"]], "split": ["", "b", " ", "a", ""], "repl": "<|A>b<|> <|>a<B|B>"}
{"p": "A+?|((?:(([[:upper:]]?){0,1})){0,}|[^\\pL])", "s": "ab", "subs": [["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "A|((?:(?i:[α-ω]){2}\\s[\\p{Greek}a]*)+|\\w{0,})", "s": "\na", "subs": [["", ""], ["a", "a"]], "split": ["\n", ""], "repl": "<|>\n<a|a>"}
{"p": "[[:alpha:]]*|((?:(?i:ǅ))((?:[😀-😂])){0,1}|[^\\pL]+)", "s": "k", "subs": [["k", null, null]], "split": ["", ""], "repl": "<|k>"}
{"p": "[[:alpha:]]{0,1}", "s": "k", "subs": [["k"]], "split": ["", ""], "repl": "<|k>"}
{"p": "[[:alpha:]]|(?i:ǅ){2}", "s": "KkSsſK", "subs": [["K"], ["k"], ["S"], ["s"], ["K"]], "split": ["", "", "", "", "ſ", ""], "repl": "<|K><|k><|S><|s>ſ<|K>"}
{"p": "[[:alpha:]]|\\n\\W{1,2}", "s": "ab ab ab", "subs": [["a"], ["b"], ["a"], ["b"], ["a"], ["b"]], "split": ["", "", " ", "", " ", "", ""], "repl": "<|a><|b> <|a><|b> <|a><|b>"}
{"p": "[[:alpha:]]|\\n\\W{1,2}", "s": "Ab aB", "subs": [["A"], ["b"], ["a"], ["B"]], "split": ["", "", " ", "", ""], "repl": "<|A><|b> <|a><|B>"}
{"p": "[[:alpha:]]|\\n\\W{1,2}", "s": "ab", "subs": [["a"], ["b"]], "split": ["", "", ""], "repl": "<|a><|b>"}
{"p": "[[:upper:]]*?\\p{Sm}", "s": "aab", "subs": [], "split": ["aab"], "repl": "aab"}
{"p": "[\\d\\s]+?", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "[\\n]*", "s": "éé", "subs": [[""], [""], [""], [""]], "split": ["e", "́", "é"], "repl": "<|>e<|>́<|>é<|>"}
{"p": "[\\n]*?", "s": "ǄǅǆDž", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "[\\n]*\\s+", "s": "ǄǅǆDž", "subs": [], "split": ["ǄǅǆDž"], "repl": "ǄǅǆDž"}
{"p": "[\\n]{0,1}", "s": "a", "subs": [[""], [""]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "[\\n]|((?:[\\d\\s]*)|b(((?m:^){0,})|[\\n][[:upper:]])??){0,}", "s": "ab", "subs": [["", "", null, null], ["", "", null, null], ["", "", null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "[\\p{Greek}a]{0,1}", "s": "ÅåÅ", "subs": [[""], [""], [""], [""]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "[\\p{Greek}a]{0,}|\\w((?i:σ)|[^\\s]?(?i:\\p{Ll})((?i:Å){1,2}|\\n)??)", "s": "é", "subs": [["", null, null], ["", null, null]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "[\\p{Greek}a]|([[:upper:]]{0,1})", "s": "µΜμ", "subs": [["", ""], ["Μ", null], ["μ", null]], "split": ["µ", "", ""], "repl": "<|>µ<|Μ><|μ>"}
{"p": "[^\\pL]{1,2}?", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "[^\\s]+", "s": "acd", "subs": [["acd"]], "split": ["", ""], "repl": "<|acd>"}
{"p": "[^\\s]+?", "s": "a+b=c!", "subs": [["a"], ["+"], ["b"], ["="], ["c"], ["!"]], "split": ["", "", "", "", "", "", ""], "repl": "<|a><|+><|b><|=><|c><|!>"}
{"p": "[^\\s]+?", "s": "Привет мир", "subs": [["П"], ["р"], ["и"], ["в"], ["е"], ["т"], ["м"], ["и"], ["р"]], "split": ["", "", "", "", "", "", " ", "", "", ""], "repl": "<|П><|р><|и><|в><|е><|т> <|м><|и><|р>"}
{"p": "[^\\s]\\W*", "s": "1a2", "subs": [["1"], ["a"], ["2"]], "split": ["", "", "", ""], "repl": "<|1><|a><|2>"}
{"p": "[^\\s]{0,1}", "s": "ab", "subs": [["a"], ["b"]], "split": ["", "", ""], "repl": "<|a><|b>"}
{"p": "[^\\s]{2}", "s": "a\nb", "subs": [], "split": ["a\nb"], "repl": "a\nb"}
{"p": "[^\\s]{2}", "s": "x a_b", "subs": [["a_"]], "split": ["x ", "b"], "repl": "x <|a_>b"}
{"p": "[^\\s]{2}", "s": "ab", "subs": [["ab"]], "split": ["", ""], "repl": "<|ab>"}
{"p": "[^\\s]|(?:\\p{Sm}){0,1}é[a-c]((?:(?i:a){0,1})|(?i:a){0,})*?(((\\p{Lu})*?|(é{0,}|[[:alpha:]]{2}))|(?:(?i:[k]){1,2}\\p{Cyrillic}))", "s": "ab ab ab", "subs": [["a", null, null, null, null, null], ["b", null, null, null, null, null], ["a", null, null, null, null, null], ["b", null, null, null, null, null], ["a", null, null, null, null, null], ["b", null, null, null, null, null]], "split": ["", "", " ", "", " ", "", ""], "repl": "<|a><|b> <|a><|b> <|a><|b>"}
{"p": "[^\\s]|(?:\\p{Sm}){0,1}é[a-c]((?:(?i:a){0,1})|(?i:a){0,})*?(((\\p{Lu})*?|(é{0,}|[[:alpha:]]{2}))|(?:(?i:[k]){1,2}\\p{Cyrillic}))", "s": "acd", "subs": [["a", null, null, null, null, null], ["c", null, null, null, null, null], ["d", null, null, null, null, null]], "split": ["", "", "", ""], "repl": "<|a><|c><|d>"}
{"p": "[^a]", "s": "ab", "subs": [["b"]], "split": ["a", ""], "repl": "a<|b>"}
{"p": "[^a]?|((\\p{Nd})??(((?m:$)))?|\\z??)", "s": "αβ x", "subs": [["α", null, null, null, null], ["β", null, null, null, null], [" ", null, null, null, null], ["x", null, null, null, null]], "split": ["", "", "", "", ""], "repl": "<|α><|β><| ><|x>"}
{"p": "[^a]?|((\\p{Nd})??(((?m:$)))?|\\z??)", "s": "ſ", "subs": [["ſ", null, null, null, null]], "split": ["", ""], "repl": "<|ſ>"}
{"p": "[^a]{2}|\\p{Cyrillic}", "s": "αβ x", "subs": [["αβ"], [" x"]], "split": ["", "", ""], "repl": "<|αβ><| x>"}
{"p": "[^a]|(((?:[\\n]{0,1})+?|((\\pL)?|([^\\pL]|(?:\\p{Lu})??))))??", "s": "ab", "subs": [["", null, null, null, null, null], ["b", null, null, null, null, null]], "split": ["a", ""], "repl": "<|>a<|b>"}
{"p": "[a-c]*?", "s": "aab", "subs": [[""], [""], [""], [""]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "[a-c]+((?:(?m:$)x{2}){1,2})*|((?i:\\p{Ll})+?|(?:[ab]??)(?:\\x{301}){2}){1,2}?", "s": "a+b=c!", "subs": [["a", null, null], ["b", null, null], ["c", null, null]], "split": ["", "+", "=", "!"], "repl": "<|a>+<|b>=<|c>!"}
{"p": "[a-c]+?", "s": "\na", "subs": [["a"]], "split": ["\n", ""], "repl": "\n<|a>"}
{"p": "[a-c]{1,2}|(\\d((?:\\A))|(([😀-😂]*?|é)))??", "s": "ab", "subs": [["ab", null, null, null, null]], "split": ["", ""], "repl": "<|ab>"}
{"p": "[a-c]|(?i:Å){0,}", "s": "😀😁x", "subs": [[""], [""], [""], [""]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "[ab]", "s": "x a_b", "subs": [["a"], ["b"]], "split": ["x ", "_", ""], "repl": "x <|a>_<|b>"}
{"p": "[ab]((?i:ſ){1,2}([a-c]|\\A){0,1})*", "s": "ÅåÅ", "subs": [], "split": ["ÅåÅ"], "repl": "ÅåÅ"}
{"p": "[ab]+?|(((?:\\b{1,2})|([\\n]|A{0,}))){1,2}", "s": "\na", "subs": [["\n", "", "", "\n"], ["a", null, null, null]], "split": ["", "", ""], "repl": "<|\n><|a>"}
{"p": "[ab]{0,1}", "s": "Ab aB", "subs": [[""], ["b"], ["a"], [""]], "split": ["A", " ", "B"], "repl": "<|>A<|b> <|a>B<|>"}
{"p": "[ab]{0,1}|(?:\\A((?:\\A))(?:((?i:[[:lower:]])?|\\B)){1,2}?)?", "s": "aab", "subs": [["a", null, null], ["a", null, null], ["b", null, null]], "split": ["", "", "", ""], "repl": "<|a><|a><|b>"}
{"p": "[😀-😂](?i:[α-ω])|(x)", "s": "ΣσςΑα", "subs": [], "split": ["ΣσςΑα"], "repl": "ΣσςΑα"}
{"p": "[😀-😂]*", "s": "a", "subs": [[""], [""]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "[😀-😂]*", "s": "ÅåÅ", "subs": [[""], [""], [""], [""]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "[😀-😂]*", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "[😀-😂]?", "s": "µΜμ", "subs": [[""], [""], [""], [""]], "split": ["µ", "Μ", "μ"], "repl": "<|>µ<|>Μ<|>μ<|>"}
{"p": "[😀-😂]|(((?m:^){2}([\\d\\s]|(?i:σ))*?)|x{2}[\\n]{0,})", "s": "ba", "subs": [["", "", "", null]], "split": ["ba"], "repl": "<|>ba"}
{"p": "[😀-😂]|(?:\\p{Lu}){1,2}", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "\\A+?|(?:\\p{Sm})", "s": "\n\n", "subs": [[""]], "split": ["\n\n"], "repl": "<|>\n\n"}
{"p": "\\A+?|(?:\\p{Sm})", "s": "ab", "subs": [[""]], "split": ["ab"], "repl": "<|>ab"}
{"p": "\\A??", "s": "aaaaaaaaab", "subs": [[""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""]], "split": ["a", "a", "a", "a", "a", "a", "a", "a", "a", "b"], "repl": "<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>b<|>"}
{"p": "\\A{0,1}", "s": "abababab\nbaba", "subs": [[""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "\\A|${1,2}", "s": "Σς", "subs": [[""], [""]], "split": ["Σς"], "repl": "<|>Σς<|>"}
{"p": "\\A|((?:\\PL(?m:$)+?)+|(((?i:Å){0,1})(\\d*|(?i:[α-ω])){0,1}))", "s": "ǄǅǆDž", "subs": [["", null, null, null, null], ["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "\\B", "s": "acd", "subs": [[""], [""]], "split": ["a", "c", "d"], "repl": "a<|>c<|>d"}
{"p": "\\B?", "s": "a+b=c!", "subs": [[""], [""], [""], [""], [""], [""], [""]], "split": ["a", "+", "b", "=", "c", "!"], "repl": "<|>a<|>+<|>b<|>=<|>c<|>!<|>"}
{"p": "\\B{0,1}(?m:^)(?:\\PL{0,1}\\b\\B(?m:^)??é*?)+", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "\\B{1,2}?", "s": "é", "subs": [[""], [""]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "\\B|(?:\\p{Lu}){1,2}?", "s": "A", "subs": [["A"]], "split": ["", ""], "repl": "<|A>"}
{"p": "\\B|(?:\\p{Nd}){0,}", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "\\PL", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "\\PL*é", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "\\PL*é", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "\\PL{0,1}", "s": "acd", "subs": [[""], [""], [""], [""]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "\\PL{0,}[😀-😂]|((?i:[k])\\s{0,1})^??(?:((?:\\A)|(\\W)){1,2}(([a-c]){0,}|((?:\\p{Nd})*?)){2})+", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "\\PL{1,2}", "s": "ÅåÅ", "subs": [], "split": ["ÅåÅ"], "repl": "ÅåÅ"}
{"p": "\\PL{2}|((([\\n]?)|(a))é)+?", "s": "abababab\nbaba", "subs": [], "split": ["abababab\nbaba"], "repl": "abababab\nbaba"}
{"p": "\\PL|x", "s": "abab", "subs": [], "split": ["abab"], "repl": "abab"}
{"p": "\\PL|x", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\W(((?m:^)\\b+)*|(?:\\p{Sm})+)|(?m:$){0,}", "s": "a\nb", "subs": [["", null, null], ["\n", "", ""], ["", null, null]], "split": ["a", "b"], "repl": "<|>a<|\n>b<|>"}
{"p": "\\W*", "s": "A", "subs": [[""], [""]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "\\W*(((a|[a-c])){0,}|(?:\\PL*(?i:[^\\W])*?\\n{1,2}?)*?){0,}", "s": "é", "subs": [["é", "", null, null]], "split": ["", ""], "repl": "<|é>"}
{"p": "\\W*(((a|[a-c])){0,}|(?:\\PL*(?i:[^\\W])*?\\n{1,2}?)*?){0,}", "s": "ab", "subs": [["ab", "ab", "b", "b"]], "split": ["", ""], "repl": "<ab|ab>"}
{"p": "\\W{1,2}?", "s": "Привет мир", "subs": [["П"], ["р"], ["и"], ["в"], ["е"], ["т"], [" "], ["м"], ["и"], ["р"]], "split": ["", "", "", "", "", "", "", "", "", "", ""], "repl": "<|П><|р><|и><|в><|е><|т><| ><|м><|и><|р>"}
{"p": "\\W|(A)", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\b(?i:[k]){1,2}(?m:$)", "s": "ſ", "subs": [], "split": ["ſ"], "repl": "ſ"}
{"p": "\\b(?i:[k]){1,2}(?m:$)", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\b|${1,2}", "s": "µΜμ", "subs": [[""]], "split": ["µΜμ"], "repl": "µΜμ<|>"}
{"p": "\\d", "s": "ÅåÅ", "subs": [], "split": ["ÅåÅ"], "repl": "ÅåÅ"}
{"p": "\\d", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "\\d([^a])", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\d*?\\x41??", "s": "é", "subs": [[""], [""]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "\\d??|(((?:\\b){0,1}|\\x41??[[:upper:]]))??", "s": "ab", "subs": [["", null, null], ["", null, null], ["", null, null]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "\\d{0,1}((?:\\x{301})*)*?(?i:a){1,2}?(([\\n]{0,})|(?:(?m:$)[\\d\\s]+))*?", "s": "ab", "subs": [["a", null, null, null]], "split": ["", "b"], "repl": "<|a>b"}
{"p": "\\n{0,}", "s": "😀😁x", "subs": [[""], [""], [""], [""]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "\\pL", "s": "éé", "subs": [["e"], ["é"]], "split": ["", "́", ""], "repl": "<|e>́<|é>"}
{"p": "\\pL{0,}((?:(a*)+.*?)+)", "s": "ab", "subs": [["ab", "", ""]], "split": ["", ""], "repl": "<|ab>"}
{"p": "\\pL{2}", "s": "ab", "subs": [["ab"]], "split": ["", ""], "repl": "<|ab>"}
{"p": "\\pL|((?:((?i:µ)+|(\\pL|[^\\s]??)){0,1}b(?i:σ)??){1,2}?|\\W?)*?", "s": "αβ x", "subs": [["α", null, null, null], ["β", null, null, null], ["x", null, null, null]], "split": ["", "", " ", ""], "repl": "<|α><|β> <|x>"}
{"p": "\\pP*|(([\\d\\s]+?){0,1})(?:\\p{Nd})+", "s": "aab", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "\\pP+?", "s": "ba", "subs": [], "split": ["ba"], "repl": "ba"}
{"p": "\\p{Cyrillic}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\p{Cyrillic}(((\\x41|(?s:.)+){1,2}?|((?:\\p{Cyrillic}){0,1}))|(?s:.)+)", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "\\p{Cyrillic}|((?:(?:(?i:ǅ)(?:\\x{301})+?){2})|[^a]*)", "s": "ab", "subs": [["", ""], ["b", "b"]], "split": ["a", ""], "repl": "<|>a<b|b>"}
{"p": "\\p{Lu}", "s": "abab", "subs": [], "split": ["abab"], "repl": "abab"}
{"p": "\\p{Lu}(?m:^)+?|((([^a]|(?:\\p{Nd})){2}|(?:\\p{Lu})+))^+?", "s": "ǄǅǆDž", "subs": [], "split": ["ǄǅǆDž"], "repl": "ǄǅǆDž"}
{"p": "\\p{Lu}(?m:^)+?|((([^a]|(?:\\p{Nd})){2}|(?:\\p{Lu})+))^+?", "s": "xAxaXa bB_", "subs": [], "split": ["xAxaXa bB_"], "repl": "xAxaXa bB_"}
{"p": "\\p{Lu}|(?:(((?:(?i:[α-ω]){1,2}?){0,1}|[\\d\\s]A+)|(b))+)", "s": "\n\n", "subs": [["", "", "", null], ["", "", "", null], ["", "", "", null]], "split": ["\n", "\n"], "repl": "<|>\n<|>\n<|>"}
{"p": "\\p{Nd}((?m:^)?((?:\\x{301})??|\\p{Cyrillic})*?|(?:a){1,2}?)", "s": "x a_b", "subs": [], "split": ["x a_b"], "repl": "x a_b"}
{"p": "\\p{Nd}(?:[[:alpha:]])", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\p{Nd}|((?:((?i:ǅ)|(?:\\x{301}){2})){1,2}?|(?:[[:alpha:]]?))+", "s": "xAxaXa bB_", "subs": [["xAxaXa", "a", null], ["bB", "B", null], ["", "", null]], "split": ["", " ", "_"], "repl": "<a|xAxaXa> <B|bB>_<|>"}
{"p": "\\p{Nd}|[\\n]", "s": "acd", "subs": [], "split": ["acd"], "repl": "acd"}
{"p": "\\p{Sm}a", "s": "Ab aB", "subs": [], "split": ["Ab aB"], "repl": "Ab aB"}
{"p": "\\p{Sm}|(?:([\\p{Greek}a]*?|(\\x41a{1,2})?)(?:\\x{301}){1,2}){1,2}?", "s": "éé", "subs": [["́", "", null]], "split": ["e", "é"], "repl": "e<|́>é"}
{"p": "\\s(?:((?:$)))|\\s{0,}\\s?", "s": "é", "subs": [["", null], ["", null]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "\\s??[[:alpha:]]((?:\\pP))*((a\\w+)|([^a]{0,}|(?i:\\p{Ll})*(?i:µ)))+", "s": "aab", "subs": [["aab", null, "ab", "ab", null]], "split": ["", ""], "repl": "<|aab>"}
{"p": "\\s{0,1}", "s": "é", "subs": [[""], [""]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "\\s{1,2}?", "s": "a\nb", "subs": [["\n"]], "split": ["a", "b"], "repl": "a<|\n>b"}
{"p": "\\w((?:(?i:\\p{Ll}){0,})(?:[\\n][^\\pL]{1,2}?)*|(?s:.))*?", "s": "K", "subs": [["K", null]], "split": ["", ""], "repl": "<|K>"}
{"p": "\\w*", "s": "ab", "subs": [["ab"]], "split": ["", ""], "repl": "<|ab>"}
{"p": "\\w*|[\\d\\s]", "s": "ab", "subs": [["ab"]], "split": ["", ""], "repl": "<|ab>"}
{"p": "\\w+", "s": "ab", "subs": [["ab"]], "split": ["", ""], "repl": "<|ab>"}
{"p": "\\w?((?:(?i:[^\\W])?(?i:ǅ){0,1})|x+?(?i:[α-ω]){0,1})*?(\\p{Nd}|(?:(\\x41|(?i:σ)))){1,2}?|[😀-😂]", "s": "abab", "subs": [], "split": ["abab"], "repl": "abab"}
{"p": "\\x41+|(?:(?m:^){0,1})", "s": "é", "subs": [[""], [""]], "split": ["é"], "repl": "<|>é<|>"}
{"p": "\\x41+|(?:(?m:^){0,1})", "s": "ſSsKkK", "subs": [[""], [""], [""], [""], [""], [""], [""]], "split": ["ſ", "S", "s", "K", "k", "K"], "repl": "<|>ſ<|>S<|>s<|>K<|>k<|>K<|>"}
{"p": "\\x41{1,2}?|((?i:[[:lower:]]){0,1}|(?i:ſ)+?(?i:\\p{Ll})+)", "s": "ab ab ab", "subs": [["a", "a"], ["b", "b"], ["a", "a"], ["b", "b"], ["a", "a"], ["b", "b"]], "split": ["", "", " ", "", " ", "", ""], "repl": "<a|a><b|b> <a|a><b|b> <a|a><b|b>"}
{"p": "\\x41{2}(?:((\\PL{0,1}|(?i:ſ)))+?)|(?i:[^\\W])(\\pL){1,2}?", "s": "abab", "subs": [["ab", null, null, "b"], ["ab", null, null, "b"]], "split": ["", "", ""], "repl": "<|ab><|ab>"}
{"p": "\\x{301}(?:((\\pL??)))", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "\\x{301}|((?:\\x{301}){1,2}?)(\\d{1,2}|(\\s|\\n))", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "\\z", "s": "ab", "subs": [[""]], "split": ["ab"], "repl": "ab<|>"}
{"p": "\\z((((?m:^){0,})*?){1,2}?)+", "s": "😀😁x", "subs": [["", "", "", null]], "split": ["😀😁x"], "repl": "😀😁x<|>"}
{"p": "\\z*?", "s": "1a2", "subs": [[""], [""], [""], [""]], "split": ["1", "a", "2"], "repl": "<|>1<|>a<|>2<|>"}
{"p": "\\z*|(((\\x41(?i:ǅ){1,2}?|[ab]))|x)+", "s": "ab ab ab", "subs": [["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null], ["", null, null, null]], "split": ["a", "b", " ", "a", "b", " ", "a", "b"], "repl": "<|>a<|>b<|> <|>a<|>b<|> <|>a<|>b<|>"}
{"p": "\\z??", "s": "a", "subs": [[""], [""]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "\\z??", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "\\z|([a-c]|[😀-😂])", "s": "ab", "subs": [["a", "a"], ["b", "b"]], "split": ["", "", ""], "repl": "<a|a><b|b>"}
{"p": "\\z|[ab]", "s": "xAxaXa bB_", "subs": [["a"], ["a"], ["b"], [""]], "split": ["xAx", "X", " ", "B_"], "repl": "xAx<|a>X<|a> <|b>B_<|>"}
{"p": "^", "s": "ba", "subs": [[""]], "split": ["ba"], "repl": "<|>ba"}
{"p": "^(((?i:ſ)|[\\d\\s]{1,2})|\\B^é{1,2})", "s": "abcd", "subs": [], "split": ["abcd"], "repl": "abcd"}
{"p": "^??|(?i:[α-ω])(($|(?s:.)){1,2}(?:(?m:$)[\\n]+)??)", "s": "ǄǅǆDž", "subs": [["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null], ["", null, null]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "^??|[ab]", "s": "1a2", "subs": [[""], [""], [""], [""]], "split": ["1", "a", "2"], "repl": "<|>1<|>a<|>2<|>"}
{"p": "^\\z{1,2}", "s": "αβ x", "subs": [], "split": ["αβ x"], "repl": "αβ x"}
{"p": "^{0,1}|(?:${1,2})", "s": "aaaa", "subs": [[""], [""], [""], [""], [""]], "split": ["a", "a", "a", "a"], "repl": "<|>a<|>a<|>a<|>a<|>"}
{"p": "^{1,2}?", "s": "a+b=c!", "subs": [[""]], "split": ["a+b=c!"], "repl": "<|>a+b=c!"}
{"p": "^{2}", "s": "a", "subs": [[""]], "split": ["a"], "repl": "<|>a"}
{"p": "a", "s": "αβ x", "subs": [], "split": ["αβ x"], "repl": "αβ x"}
{"p": "a", "s": "ab", "subs": [["a"]], "split": ["", "b"], "repl": "<|a>b"}
{"p": "a{0,1}", "s": "ǄǅǆDž", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "a{0,}|é*?", "s": "ſ", "subs": [[""], [""]], "split": ["ſ"], "repl": "<|>ſ<|>"}
{"p": "a{2}", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "a|\\s??", "s": "KkSsſK", "subs": [[""], [""], [""], [""], [""], [""], [""]], "split": ["K", "k", "S", "s", "ſ", "K"], "repl": "<|>K<|>k<|>S<|>s<|>ſ<|>K<|>"}
{"p": "b{0,1}", "s": "ÅåÅ", "subs": [[""], [""], [""], [""]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "b{0,}|\\s", "s": "ab", "subs": [[""], ["b"]], "split": ["a", ""], "repl": "<|>a<|b>"}
{"p": "b{1,2}", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "b|(?m:$)", "s": "a+b=c!", "subs": [["b"], [""]], "split": ["a+", "=c!"], "repl": "a+<|b>=c!<|>"}
{"p": "x((?:[😀-😂]??)|(b{1,2}?|\\z*))??|((?i:ſ)[^a]?^\\b{1,2}|(?i:µ))", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "x((?:[😀-😂]??)|(b{1,2}?|\\z*))??|((?i:ſ)[^a]?^\\b{1,2}|(?i:µ))", "s": "\na", "subs": [], "split": ["\na"], "repl": "\na"}
{"p": "x*(([[:alpha:]]\\p{Sm}){0,1}|(?:x+?))|(?m:$){0,1}", "s": "\n\n", "subs": [["", "", null], ["", "", null], ["", "", null]], "split": ["\n", "\n"], "repl": "<|>\n<|>\n<|>"}
{"p": "x??", "s": "abababab\nbaba", "subs": [[""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""], [""]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "x?|(?i:ſ)+(?i:[α-ω])*?\\B", "s": "xAxaXa bB_", "subs": [["x"], ["x"], [""], [""], [""], [""], [""], [""], [""]], "split": ["", "A", "a", "X", "a", " ", "b", "B", "_"], "repl": "<|x>A<|x>a<|>X<|>a<|> <|>b<|>B<|>_<|>"}
{"p": "x{1,2}", "s": "a\nb", "subs": [], "split": ["a\nb"], "repl": "a\nb"}
{"p": "x{1,2}?", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "x{2}|(?i:[k])*?", "s": "Ab aB", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["A", "b", " ", "a", "B"], "repl": "<|>A<|>b<|> <|>a<|>B<|>"}
{"p": "é", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "é{2}", "s": "abcd", "subs": [], "split": ["abcd"], "repl": "abcd"}
{"p": "é{2}", "s": "abababab\nbaba", "subs": [], "split": ["abababab\nbaba"], "repl": "abababab\nbaba"}
{"p": "é{2}|(\\A(\\sA{0,1}|[^\\s](?i:\\p{Ll}))|(?:((\\b|é)??|(?i:ſ){2}))){1,2}", "s": "Ab aB", "subs": [["Ab", "", "Ab", "", null], ["", "", null, "", null], ["", "", null, "", null], ["", "", null, "", null]], "split": ["", " ", "a", "B"], "repl": "<|Ab> <|>a<|>B<|>"}
{"p": "é|((\\s{1,2}?\\A{0,1})[\\p{Greek}a]|(\\s)){1,2}?", "s": "K", "subs": [], "split": ["K"], "repl": "K"}
{"p": "a**", "s": "αβ x", "err": "error parsing regexp: invalid nested repetition operator: `**`"}
{"p": "a**", "s": "٣4٥", "err": "error parsing regexp: invalid nested repetition operator: `**`"}
{"p": "a**", "s": "x a_b", "err": "error parsing regexp: invalid nested repetition operator: `**`"}
{"p": "a**", "s": "ab\n", "err": "error parsing regexp: invalid nested repetition operator: `**`"}
{"p": "a**", "s": "abcd", "err": "error parsing regexp: invalid nested repetition operator: `**`"}
{"p": "a**", "s": "ab", "err": "error parsing regexp: invalid nested repetition operator: `**`"}
{"p": "a*+", "s": "é", "err": "error parsing regexp: invalid nested repetition operator: `*+`"}
{"p": "a*+", "s": "ÅåÅ", "err": "error parsing regexp: invalid nested repetition operator: `*+`"}
{"p": "a*+", "s": "٣4٥", "err": "error parsing regexp: invalid nested repetition operator: `*+`"}
{"p": "a*+", "s": "k", "err": "error parsing regexp: invalid nested repetition operator: `*+`"}
{"p": "a*+", "s": "ab", "err": "error parsing regexp: invalid nested repetition operator: `*+`"}
{"p": "(?=a)", "s": "abab", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?=`"}
{"p": "(?=a)", "s": "aaaaaaaaab", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?=`"}
{"p": "(?=a)", "s": "ab", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?=`"}
{"p": "(a)\\1", "s": "x a_b", "err": "error parsing regexp: invalid escape sequence: `\\1`"}
{"p": "(a)\\1", "s": "acd", "err": "error parsing regexp: invalid escape sequence: `\\1`"}
{"p": "(a)\\1", "s": "aaaaaaaaab", "err": "error parsing regexp: invalid escape sequence: `\\1`"}
{"p": "(a)\\1", "s": "abababab\nbaba", "err": "error parsing regexp: invalid escape sequence: `\\1`"}
{"p": "\\Z", "s": "abab", "err": "error parsing regexp: invalid escape sequence: `\\Z`"}
{"p": "\\Z", "s": "ΣσςΑα", "err": "error parsing regexp: invalid escape sequence: `\\Z`"}
{"p": "[z-a]", "s": "abcd", "err": "error parsing regexp: invalid character class range: `z-a`"}
{"p": "[z-a]", "s": "😀😁x", "err": "error parsing regexp: invalid character class range: `z-a`"}
{"p": "[z-a]", "s": "x a_b", "err": "error parsing regexp: invalid character class range: `z-a`"}
{"p": "[z-a]", "s": "\na", "err": "error parsing regexp: invalid character class range: `z-a`"}
{"p": "[z-a]", "s": "aaaaaaaaab", "err": "error parsing regexp: invalid character class range: `z-a`"}
{"p": "[z-a]", "s": "ba", "err": "error parsing regexp: invalid character class range: `z-a`"}
{"p": "[z-a]", "s": "ab", "err": "error parsing regexp: invalid character class range: `z-a`"}
{"p": "x{1001}", "s": "Привет мир", "err": "error parsing regexp: invalid repeat count: `{1001}`"}
{"p": "x{1001}", "s": "bbb", "err": "error parsing regexp: invalid repeat count: `{1001}`"}
{"p": "x{1001}", "s": "ǄǅǆDž", "err": "error parsing regexp: invalid repeat count: `{1001}`"}
{"p": "x{1001}", "s": "KkSsſK", "err": "error parsing regexp: invalid repeat count: `{1001}`"}
{"p": "[[:foo:]]", "s": "aaaaaaaaab", "err": "error parsing regexp: invalid character class range: `[:foo:]`"}
{"p": "[[:foo:]]", "s": "٣4٥", "err": "error parsing regexp: invalid character class range: `[:foo:]`"}
{"p": "[[:foo:]]", "s": "µΜμ", "err": "error parsing regexp: invalid character class range: `[:foo:]`"}
{"p": "[[:foo:]]", "s": "a", "err": "error parsing regexp: invalid character class range: `[:foo:]`"}
{"p": "\\p{Foo}", "s": "k", "err": "error parsing regexp: invalid character class range: `\\p{Foo}`"}
{"p": "\\p{Foo}", "s": "abcd", "err": "error parsing regexp: invalid character class range: `\\p{Foo}`"}
{"p": "\\p{Foo}", "s": "s", "err": "error parsing regexp: invalid character class range: `\\p{Foo}`"}
{"p": "\\p{Foo}", "s": "abab", "err": "error parsing regexp: invalid character class range: `\\p{Foo}`"}
{"p": "\\p{Foo}", "s": "ſ", "err": "error parsing regexp: invalid character class range: `\\p{Foo}`"}
{"p": "(?i)k", "s": "acd", "subs": [], "split": ["acd"], "repl": "acd"}
{"p": "(?i)k", "s": "x a_b", "subs": [], "split": ["x a_b"], "repl": "x a_b"}
{"p": "(?i)k", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "(?i)k", "s": "A", "subs": [], "split": ["A"], "repl": "A"}
{"p": "(?i)k", "s": "aab", "subs": [], "split": ["aab"], "repl": "aab"}
{"p": "(?i)k", "s": "k", "subs": [["k"]], "split": ["", ""], "repl": "<|k>"}
{"p": "(?i)k", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i)s", "s": "ſ", "subs": [["ſ"]], "split": ["", ""], "repl": "<|ſ>"}
{"p": "(?i)s", "s": "abab", "subs": [], "split": ["abab"], "repl": "abab"}
{"p": "(?i)s", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "(?i)s", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "(?i)s", "s": "\na", "subs": [], "split": ["\na"], "repl": "\na"}
{"p": "(?i)s", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "(?i)s", "s": "s", "subs": [["s"]], "split": ["", ""], "repl": "<|s>"}
{"p": "(?i)s", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "(?i)s", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i)ß", "s": "٣4٥", "subs": [], "split": ["٣4٥"], "repl": "٣4٥"}
{"p": "(?i)ß", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "(?i)ß", "s": "ǄǅǆDž", "subs": [], "split": ["ǄǅǆDž"], "repl": "ǄǅǆDž"}
{"p": "(?i)ß", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i)ß", "s": "K", "subs": [], "split": ["K"], "repl": "K"}
{"p": "(?i)ß", "s": "ba", "subs": [], "split": ["ba"], "repl": "ba"}
{"p": "(?i)ß", "s": "😀😁x", "subs": [], "split": ["😀😁x"], "repl": "😀😁x"}
{"p": "(?i)ß", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "(?i)ß", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(|a)*", "s": "aaaaaaaaab", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "a", "a", "a", "a", "a", "a", "a", "a", "b"], "repl": "<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>a<|>b<|>"}
{"p": "(|a)*", "s": "aab", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "a", "b"], "repl": "<|>a<|>a<|>b<|>"}
{"p": "(|a)*", "s": "abababab\nbaba", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "(|a)*", "s": "a", "subs": [["", ""], ["", ""]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "(|a)*", "s": "µΜμ", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["µ", "Μ", "μ"], "repl": "<|>µ<|>Μ<|>μ<|>"}
{"p": "(|a)*", "s": "\n\n", "subs": [["", ""], ["", ""], ["", ""]], "split": ["\n", "\n"], "repl": "<|>\n<|>\n<|>"}
{"p": "(|a)*", "s": "ab\n", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "b", "\n"], "repl": "<|>a<|>b<|>\n<|>"}
{"p": "(|a)*", "s": "abab", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "(|a)*", "s": "ab", "subs": [["", ""], ["", ""], ["", ""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(|a)+", "s": "ΣσςΑα", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(|a)+", "s": "acd", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "(|a)+", "s": "abcd", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["a", "b", "c", "d"], "repl": "<|>a<|>b<|>c<|>d<|>"}
{"p": "(|a)+", "s": "a", "subs": [["", ""], ["", ""]], "split": ["a"], "repl": "<|>a<|>"}
{"p": "(|a)+", "s": "\na", "subs": [["", ""], ["", ""], ["", ""]], "split": ["\n", "a"], "repl": "<|>\n<|>a<|>"}
{"p": "(|a)+", "s": "ǄǅǆDž", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["Ǆ", "ǅ", "ǆ", "D", "ž"], "repl": "<|>Ǆ<|>ǅ<|>ǆ<|>D<|>ž<|>"}
{"p": "(|a)+", "s": "A", "subs": [["", ""], ["", ""]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "(|a)+", "s": "", "subs": [["", ""]], "split": [""], "repl": "<|>"}
{"p": "(|a)+", "s": "ab", "subs": [["", ""], ["", ""], ["", ""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(a*)*", "s": "abababab\nbaba", "subs": [["a", "a"], ["a", "a"], ["a", "a"], ["a", "a"], ["", ""], ["", ""], ["a", "a"], ["a", "a"]], "split": ["", "b", "b", "b", "b", "\n", "b", "b", ""], "repl": "<a|a>b<a|a>b<a|a>b<a|a>b<|>\n<|>b<a|a>b<a|a>"}
{"p": "(a*)*", "s": "bbb", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(a*)*", "s": "\na", "subs": [["", ""], ["a", "a"]], "split": ["\n", ""], "repl": "<|>\n<a|a>"}
{"p": "(a*)*", "s": "éé", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["e", "́", "é"], "repl": "<|>e<|>́<|>é<|>"}
{"p": "(a*)*", "s": "ÅåÅ", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "(a*)*", "s": "ſSsKkK", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["ſ", "S", "s", "K", "k", "K"], "repl": "<|>ſ<|>S<|>s<|>K<|>k<|>K<|>"}
{"p": "(a*)*", "s": "xAxaXa bB_", "subs": [["", ""], ["", ""], ["", ""], ["a", "a"], ["a", "a"], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["x", "A", "x", "X", " ", "b", "B", "_"], "repl": "<|>x<|>A<|>x<a|a>X<a|a> <|>b<|>B<|>_<|>"}
{"p": "(a*)*", "s": "abab", "subs": [["a", "a"], ["a", "a"], ["", ""]], "split": ["", "b", "b"], "repl": "<a|a>b<a|a>b<|>"}
{"p": "(a*)*", "s": "ab", "subs": [["a", "a"], ["", ""]], "split": ["", "b"], "repl": "<a|a>b<|>"}
{"p": "(a*)+", "s": "٣4٥", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["٣", "4", "٥"], "repl": "<|>٣<|>4<|>٥<|>"}
{"p": "(a*)+", "s": "a+b=c!", "subs": [["a", "a"], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["", "+", "b", "=", "c", "!"], "repl": "<a|a>+<|>b<|>=<|>c<|>!<|>"}
{"p": "(a*)+", "s": "abab", "subs": [["a", "a"], ["a", "a"], ["", ""]], "split": ["", "b", "b"], "repl": "<a|a>b<a|a>b<|>"}
{"p": "(a*)+", "s": "αβ x", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["α", "β", " ", "x"], "repl": "<|>α<|>β<|> <|>x<|>"}
{"p": "(a*)+", "s": "Привет мир", "subs": [["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]], "split": ["П", "р", "и", "в", "е", "т", " ", "м", "и", "р"], "repl": "<|>П<|>р<|>и<|>в<|>е<|>т<|> <|>м<|>и<|>р<|>"}
{"p": "(a*)+", "s": "x a_b", "subs": [["", ""], ["", ""], ["a", "a"], ["", ""], ["", ""]], "split": ["x", " ", "_", "b"], "repl": "<|>x<|> <a|a>_<|>b<|>"}
{"p": "(a*)+", "s": "A", "subs": [["", ""], ["", ""]], "split": ["A"], "repl": "<|>A<|>"}
{"p": "(a*)+", "s": "😀😁x", "subs": [["", ""], ["", ""], ["", ""], ["", ""]], "split": ["😀", "😁", "x"], "repl": "<|>😀<|>😁<|>x<|>"}
{"p": "(a*)+", "s": "ab", "subs": [["a", "a"], ["", ""]], "split": ["", "b"], "repl": "<a|a>b<|>"}
{"p": "(a|ab)(c|bcd)(d*)", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "(a|ab)(c|bcd)(d*)", "s": "abababab\nbaba", "subs": [], "split": ["abababab\nbaba"], "repl": "abababab\nbaba"}
{"p": "(a|ab)(c|bcd)(d*)", "s": "ba", "subs": [], "split": ["ba"], "repl": "ba"}
{"p": "(a|ab)(c|bcd)(d*)", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "(a|ab)(c|bcd)(d*)", "s": "aaaaaaaaab", "subs": [], "split": ["aaaaaaaaab"], "repl": "aaaaaaaaab"}
{"p": "(a|ab)(c|bcd)(d*)", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "(a|ab)(c|bcd)(d*)", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "(a|ab)(c|bcd)(d*)", "s": "αβ x", "subs": [], "split": ["αβ x"], "repl": "αβ x"}
{"p": "(a|ab)(c|bcd)(d*)", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "a{,2}", "s": "aaaaaaaaab", "subs": [], "split": ["aaaaaaaaab"], "repl": "aaaaaaaaab"}
{"p": "a{,2}", "s": "Ab aB", "subs": [], "split": ["Ab aB"], "repl": "Ab aB"}
{"p": "a{,2}", "s": "٣4٥", "subs": [], "split": ["٣4٥"], "repl": "٣4٥"}
{"p": "a{,2}", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "a{,2}", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "a{,2}", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "a{,2}", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "a{,2}", "s": "abcd", "subs": [], "split": ["abcd"], "repl": "abcd"}
{"p": "a{,2}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "a{01}", "s": "K", "subs": [], "split": ["K"], "repl": "K"}
{"p": "a{01}", "s": "\n\n", "subs": [], "split": ["\n\n"], "repl": "\n\n"}
{"p": "a{01}", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "a{01}", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "a{01}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "a{01}", "s": "KkSsſK", "subs": [], "split": ["KkSsſK"], "repl": "KkSsſK"}
{"p": "a{01}", "s": "ſ", "subs": [], "split": ["ſ"], "repl": "ſ"}
{"p": "a{01}", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "a{01}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\Q.*\\E+", "s": "µΜμ", "subs": [], "split": ["µΜμ"], "repl": "µΜμ"}
{"p": "\\Q.*\\E+", "s": "aab", "subs": [], "split": ["aab"], "repl": "aab"}
{"p": "\\Q.*\\E+", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "\\Q.*\\E+", "s": "xAxaXa bB_", "subs": [], "split": ["xAxaXa bB_"], "repl": "xAxaXa bB_"}
{"p": "\\Q.*\\E+", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "\\Q.*\\E+", "s": "abcd", "subs": [], "split": ["abcd"], "repl": "abcd"}
{"p": "\\Q.*\\E+", "s": "acd", "subs": [], "split": ["acd"], "repl": "acd"}
{"p": "\\Q.*\\E+", "s": "\na", "subs": [], "split": ["\na"], "repl": "\na"}
{"p": "\\Q.*\\E+", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "[]a]", "s": "abcd", "subs": [["a"]], "split": ["", "bcd"], "repl": "<|a>bcd"}
{"p": "[]a]", "s": "ΣσςΑα", "subs": [], "split": ["ΣσςΑα"], "repl": "ΣσςΑα"}
{"p": "[]a]", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "[]a]", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "[]a]", "s": "ǄǅǆDž", "subs": [], "split": ["ǄǅǆDž"], "repl": "ǄǅǆDž"}
{"p": "[]a]", "s": "x a_b", "subs": [["a"]], "split": ["x ", "_b"], "repl": "x <|a>_b"}
{"p": "[]a]", "s": "KkSsſK", "subs": [], "split": ["KkSsſK"], "repl": "KkSsſK"}
{"p": "[]a]", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "[]a]", "s": "ab", "subs": [["a"]], "split": ["", "b"], "repl": "<|a>b"}
{"p": "[^]a]", "s": "KkSsſK", "subs": [["K"], ["k"], ["S"], ["s"], ["ſ"], ["K"]], "split": ["", "", "", "", "", "", ""], "repl": "<|K><|k><|S><|s><|ſ><|K>"}
{"p": "[^]a]", "s": "ſ", "subs": [["ſ"]], "split": ["", ""], "repl": "<|ſ>"}
{"p": "[^]a]", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "[^]a]", "s": "ÅåÅ", "subs": [["Å"], ["å"], ["Å"]], "split": ["", "", "", ""], "repl": "<|Å><|å><|Å>"}
{"p": "[^]a]", "s": "😀😁x", "subs": [["😀"], ["😁"], ["x"]], "split": ["", "", "", ""], "repl": "<|😀><|😁><|x>"}
{"p": "[^]a]", "s": "a+b=c!", "subs": [["+"], ["b"], ["="], ["c"], ["!"]], "split": ["a", "", "", "", "", ""], "repl": "a<|+><|b><|=><|c><|!>"}
{"p": "[^]a]", "s": "abab", "subs": [["b"], ["b"]], "split": ["a", "a", ""], "repl": "a<|b>a<|b>"}
{"p": "[^]a]", "s": "ab\n", "subs": [["b"], ["\n"]], "split": ["a", "", ""], "repl": "a<|b><|\n>"}
{"p": "[^]a]", "s": "ab", "subs": [["b"]], "split": ["a", ""], "repl": "a<|b>"}
{"p": "(?-)", "s": "a\nb", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"}
{"p": "(?-)", "s": "Σς", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"}
{"p": "(?-)", "s": "ba", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"}
{"p": "(?-)", "s": "éé", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"}
{"p": "(?-)", "s": "Ab aB", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"}
{"p": "(?-)", "s": "aaaaaaaaab", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"}
{"p": "(?-)", "s": "é", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"}
{"p": "(?-)", "s": "ab", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"}
{"p": "(?-)", "s": "ab", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"}
{"p": "(?i-)", "s": "1a2", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`"}
{"p": "(?i-)", "s": "", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`"}
{"p": "(?i-)", "s": "ΣσςΑα", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`"}
{"p": "(?i-)", "s": "\na", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`"}
{"p": "(?i-)", "s": "ab\n", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`"}
{"p": "(?i-)", "s": "µΜμ", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`"}
{"p": "(?i-)", "s": "s", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`"}
{"p": "(?i-)", "s": "\n\n", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`"}
{"p": "(?i-)", "s": "ab", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`"}
{"p": "(?P=n)", "s": "abab", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"}
{"p": "(?P=n)", "s": "aaaa", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"}
{"p": "(?P=n)", "s": "Ab aB", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"}
{"p": "(?P=n)", "s": "aaaaaaaaab", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"}
{"p": "(?P=n)", "s": "acd", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"}
{"p": "(?P=n)", "s": "KkSsſK", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"}
{"p": "(?P=n)", "s": "k", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"}
{"p": "(?P=n)", "s": "ÅåÅ", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"}
{"p": "(?P=n)", "s": "ab", "err": "error parsing regexp: invalid or unsupported Perl syntax: `(?P`"}
{"p": "x{2}{3}", "s": "K", "err": "error parsing regexp: invalid nested repetition operator: `{2}{3}`"}
{"p": "x{2}{3}", "s": "éé", "err": "error parsing regexp: invalid nested repetition operator: `{2}{3}`"}
{"p": "x{2}{3}", "s": "٣4٥", "err": "error parsing regexp: invalid nested repetition operator: `{2}{3}`"}
{"p": "x{2}{3}", "s": "é", "err": "error parsing regexp: invalid nested repetition operator: `{2}{3}`"}
{"p": "x{2}{3}", "s": "Ab aB", "err": "error parsing regexp: invalid nested repetition operator: `{2}{3}`"}
{"p": "x{2}{3}", "s": "Σς", "err": "error parsing regexp: invalid nested repetition operator: `{2}{3}`"}
{"p": "x{2}{3}", "s": "ÅåÅ", "err": "error parsing regexp: invalid nested repetition operator: `{2}{3}`"}
{"p": "x{2}{3}", "s": "abababab\nbaba", "err": "error parsing regexp: invalid nested repetition operator: `{2}{3}`"}
{"p": "x{2}{3}", "s": "ab", "err": "error parsing regexp: invalid nested repetition operator: `{2}{3}`"}
{"p": "(?i)\\W", "s": "abab", "subs": [], "split": ["abab"], "repl": "abab"}
{"p": "(?i)\\W", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "(?i)\\W", "s": "abcd", "subs": [], "split": ["abcd"], "repl": "abcd"}
{"p": "(?i)\\W", "s": "αβ x", "subs": [["α"], ["β"], [" "]], "split": ["", "", "", "x"], "repl": "<|α><|β><| >x"}
{"p": "(?i)\\W", "s": "Σς", "subs": [["Σ"], ["ς"]], "split": ["", "", ""], "repl": "<|Σ><|ς>"}
{"p": "(?i)\\W", "s": "éé", "subs": [["́"], ["é"]], "split": ["e", "", ""], "repl": "e<|́><|é>"}
{"p": "(?i)\\W", "s": "abababab\nbaba", "subs": [["\n"]], "split": ["abababab", "baba"], "repl": "abababab<|\n>baba"}
{"p": "(?i)\\W", "s": "é", "subs": [["é"]], "split": ["", ""], "repl": "<|é>"}
{"p": "(?i)\\W", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i)[\\W]", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "(?i)[\\W]", "s": "😀😁x", "subs": [["😀"], ["😁"]], "split": ["", "", "x"], "repl": "<|😀><|😁>x"}
{"p": "(?i)[\\W]", "s": "ab ab ab", "subs": [[" "], [" "]], "split": ["ab", "ab", "ab"], "repl": "ab<| >ab<| >ab"}
{"p": "(?i)[\\W]", "s": "acd", "subs": [], "split": ["acd"], "repl": "acd"}
{"p": "(?i)[\\W]", "s": "٣4٥", "subs": [["٣"], ["٥"]], "split": ["", "4", ""], "repl": "<|٣>4<|٥>"}
{"p": "(?i)[\\W]", "s": "Привет мир", "subs": [["П"], ["р"], ["и"], ["в"], ["е"], ["т"], [" "], ["м"], ["и"], ["р"]], "split": ["", "", "", "", "", "", "", "", "", "", ""], "repl": "<|П><|р><|и><|в><|е><|т><| ><|м><|и><|р>"}
{"p": "(?i)[\\W]", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "(?i)[\\W]", "s": "K", "subs": [], "split": ["K"], "repl": "K"}
{"p": "(?i)[\\W]", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\8", "s": "", "err": "error parsing regexp: invalid escape sequence: `\\8`"}
{"p": "\\8", "s": "Σς", "err": "error parsing regexp: invalid escape sequence: `\\8`"}
{"p": "\\8", "s": "aaaa", "err": "error parsing regexp: invalid escape sequence: `\\8`"}
{"p": "\\8", "s": "ab ab ab", "err": "error parsing regexp: invalid escape sequence: `\\8`"}
{"p": "\\8", "s": "K", "err": "error parsing regexp: invalid escape sequence: `\\8`"}
{"p": "\\8", "s": "éé", "err": "error parsing regexp: invalid escape sequence: `\\8`"}
{"p": "\\8", "s": "s", "err": "error parsing regexp: invalid escape sequence: `\\8`"}
{"p": "\\8", "s": "abababab\nbaba", "err": "error parsing regexp: invalid escape sequence: `\\8`"}
{"p": "\\8", "s": "ab", "err": "error parsing regexp: invalid escape sequence: `\\8`"}
{"p": "\\12", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\12", "s": "é", "subs": [], "split": ["é"], "repl": "é"}
{"p": "\\12", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "\\12", "s": "a\nb", "subs": [["\n"]], "split": ["a", "b"], "repl": "a<|\n>b"}
{"p": "\\12", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "\\12", "s": "αβ x", "subs": [], "split": ["αβ x"], "repl": "αβ x"}
{"p": "\\12", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "\\12", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "\\12", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\0", "s": "a\nb", "subs": [], "split": ["a\nb"], "repl": "a\nb"}
{"p": "\\0", "s": "Σς", "subs": [], "split": ["Σς"], "repl": "Σς"}
{"p": "\\0", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "\\0", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "\\0", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "\\0", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "\\0", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "\\0", "s": "αβ x", "subs": [], "split": ["αβ x"], "repl": "αβ x"}
{"p": "\\0", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\x{263a}", "s": "xAxaXa bB_", "subs": [], "split": ["xAxaXa bB_"], "repl": "xAxaXa bB_"}
{"p": "\\x{263a}", "s": "acd", "subs": [], "split": ["acd"], "repl": "acd"}
{"p": "\\x{263a}", "s": "aab", "subs": [], "split": ["aab"], "repl": "aab"}
{"p": "\\x{263a}", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "\\x{263a}", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "\\x{263a}", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "\\x{263a}", "s": "A", "subs": [], "split": ["A"], "repl": "A"}
{"p": "\\x{263a}", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "\\x{263a}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "[\\b]", "s": "µΜμ", "err": "error parsing regexp: invalid escape sequence: `\\b`"}
{"p": "[\\b]", "s": "A", "err": "error parsing regexp: invalid escape sequence: `\\b`"}
{"p": "[\\b]", "s": "ab\n", "err": "error parsing regexp: invalid escape sequence: `\\b`"}
{"p": "[\\b]", "s": "", "err": "error parsing regexp: invalid escape sequence: `\\b`"}
{"p": "[\\b]", "s": "acd", "err": "error parsing regexp: invalid escape sequence: `\\b`"}
{"p": "[\\b]", "s": "K", "err": "error parsing regexp: invalid escape sequence: `\\b`"}
{"p": "[\\b]", "s": "ǄǅǆDž", "err": "error parsing regexp: invalid escape sequence: `\\b`"}
{"p": "[\\b]", "s": "KkSsſK", "err": "error parsing regexp: invalid escape sequence: `\\b`"}
{"p": "[\\b]", "s": "ab", "err": "error parsing regexp: invalid escape sequence: `\\b`"}
{"p": "(?i)Σ", "s": "٣4٥", "subs": [], "split": ["٣4٥"], "repl": "٣4٥"}
{"p": "(?i)Σ", "s": "aab", "subs": [], "split": ["aab"], "repl": "aab"}
{"p": "(?i)Σ", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "(?i)Σ", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "(?i)Σ", "s": "a\nb", "subs": [], "split": ["a\nb"], "repl": "a\nb"}
{"p": "(?i)Σ", "s": "acd", "subs": [], "split": ["acd"], "repl": "acd"}
{"p": "(?i)Σ", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "(?i)Σ", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "(?i)Σ", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\pN+", "s": "aab", "subs": [], "split": ["aab"], "repl": "aab"}
{"p": "\\pN+", "s": "\na", "subs": [], "split": ["\na"], "repl": "\na"}
{"p": "\\pN+", "s": "abababab\nbaba", "subs": [], "split": ["abababab\nbaba"], "repl": "abababab\nbaba"}
{"p": "\\pN+", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "\\pN+", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "\\pN+", "s": "µΜμ", "subs": [], "split": ["µΜμ"], "repl": "µΜμ"}
{"p": "\\pN+", "s": "Σς", "subs": [], "split": ["Σς"], "repl": "Σς"}
{"p": "\\pN+", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "\\pN+", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\PL+", "s": "xAxaXa bB_", "subs": [[" "], ["_"]], "split": ["xAxaXa", "bB", ""], "repl": "xAxaXa<| >bB<|_>"}
{"p": "\\PL+", "s": "a+b=c!", "subs": [["+"], ["="], ["!"]], "split": ["a", "b", "c", ""], "repl": "a<|+>b<|=>c<|!>"}
{"p": "\\PL+", "s": "µΜμ", "subs": [], "split": ["µΜμ"], "repl": "µΜμ"}
{"p": "\\PL+", "s": "é", "subs": [], "split": ["é"], "repl": "é"}
{"p": "\\PL+", "s": "\na", "subs": [["\n"]], "split": ["", "a"], "repl": "<|\n>a"}
{"p": "\\PL+", "s": "ÅåÅ", "subs": [], "split": ["ÅåÅ"], "repl": "ÅåÅ"}
{"p": "\\PL+", "s": "KkSsſK", "subs": [], "split": ["KkSsſK"], "repl": "KkSsſK"}
{"p": "\\PL+", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "\\PL+", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "[\\p{Greek}]", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "[\\p{Greek}]", "s": "é", "subs": [], "split": ["é"], "repl": "é"}
{"p": "[\\p{Greek}]", "s": "😀😁x", "subs": [], "split": ["😀😁x"], "repl": "😀😁x"}
{"p": "[\\p{Greek}]", "s": "αβ x", "subs": [["α"], ["β"]], "split": ["", "", " x"], "repl": "<|α><|β> x"}
{"p": "[\\p{Greek}]", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "[\\p{Greek}]", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "[\\p{Greek}]", "s": "K", "subs": [], "split": ["K"], "repl": "K"}
{"p": "[\\p{Greek}]", "s": "aaaaaaaaab", "subs": [], "split": ["aaaaaaaaab"], "repl": "aaaaaaaaab"}
{"p": "[\\p{Greek}]", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "\\p{Greek}+", "s": "Σς", "subs": [["Σς"]], "split": ["", ""], "repl": "<|Σς>"}
{"p": "\\p{Greek}+", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "\\p{Greek}+", "s": "µΜμ", "subs": [["Μμ"]], "split": ["µ", ""], "repl": "µ<|Μμ>"}
{"p": "\\p{Greek}+", "s": "x a_b", "subs": [], "split": ["x a_b"], "repl": "x a_b"}
{"p": "\\p{Greek}+", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "\\p{Greek}+", "s": "1a2", "subs": [], "split": ["1a2"], "repl": "1a2"}
{"p": "\\p{Greek}+", "s": "aab", "subs": [], "split": ["aab"], "repl": "aab"}
{"p": "\\p{Greek}+", "s": "K", "subs": [], "split": ["K"], "repl": "K"}
{"p": "\\p{Greek}+", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?:(?:^).)", "s": "ſSsKkK", "subs": [["ſ"]], "split": ["", "SsKkK"], "repl": "<|ſ>SsKkK"}
{"p": "(?:(?:^).)", "s": "ba", "subs": [["b"]], "split": ["", "a"], "repl": "<|b>a"}
{"p": "(?:(?:^).)", "s": "aab", "subs": [["a"]], "split": ["", "ab"], "repl": "<|a>ab"}
{"p": "(?:(?:^).)", "s": "ab", "subs": [["a"]], "split": ["", "b"], "repl": "<|a>b"}
{"p": "(?:(?:^).)", "s": "a+b=c!", "subs": [["a"]], "split": ["", "+b=c!"], "repl": "<|a>+b=c!"}
{"p": "(?:(?:^).)", "s": "αβ x", "subs": [["α"]], "split": ["", "β x"], "repl": "<|α>β x"}
{"p": "(?:(?:^).)", "s": "abababab\nbaba", "subs": [["a"]], "split": ["", "bababab\nbaba"], "repl": "<|a>bababab\nbaba"}
{"p": "(?:(?:^).)", "s": "é", "subs": [["é"]], "split": ["", ""], "repl": "<|é>"}
{"p": "(?:(?:^).)", "s": "ab", "subs": [["a"]], "split": ["", "b"], "repl": "<|a>b"}
{"p": "((a)|b)+", "s": "ab\n", "subs": [["ab", "b", "a"]], "split": ["", "\n"], "repl": "<b|ab>\n"}
{"p": "((a)|b)+", "s": "acd", "subs": [["a", "a", "a"]], "split": ["", "cd"], "repl": "<a|a>cd"}
{"p": "((a)|b)+", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "((a)|b)+", "s": "😀😁x", "subs": [], "split": ["😀😁x"], "repl": "😀😁x"}
{"p": "((a)|b)+", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "((a)|b)+", "s": "αβ x", "subs": [], "split": ["αβ x"], "repl": "αβ x"}
{"p": "((a)|b)+", "s": "aaaaaaaaab", "subs": [["aaaaaaaaab", "b", "a"]], "split": ["", ""], "repl": "<b|aaaaaaaaab>"}
{"p": "((a)|b)+", "s": "\na", "subs": [["a", "a", "a"]], "split": ["\n", ""], "repl": "\n<a|a>"}
{"p": "((a)|b)+", "s": "ab", "subs": [["ab", "b", "a"]], "split": ["", ""], "repl": "<b|ab>"}
{"p": "(a|b)*?c", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "(a|b)*?c", "s": "ǄǅǆDž", "subs": [], "split": ["ǄǅǆDž"], "repl": "ǄǅǆDž"}
{"p": "(a|b)*?c", "s": "\n\n", "subs": [], "split": ["\n\n"], "repl": "\n\n"}
{"p": "(a|b)*?c", "s": "٣4٥", "subs": [], "split": ["٣4٥"], "repl": "٣4٥"}
{"p": "(a|b)*?c", "s": "éé", "subs": [], "split": ["éé"], "repl": "éé"}
{"p": "(a|b)*?c", "s": "ſ", "subs": [], "split": ["ſ"], "repl": "ſ"}
{"p": "(a|b)*?c", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "(a|b)*?c", "s": "KkSsſK", "subs": [], "split": ["KkSsſK"], "repl": "KkSsſK"}
{"p": "(a|b)*?c", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(a+|b+)*", "s": "abcd", "subs": [["ab", "b"], ["", null], ["", null]], "split": ["", "c", "d"], "repl": "<b|ab>c<|>d<|>"}
{"p": "(a+|b+)*", "s": "ſ", "subs": [["", null], ["", null]], "split": ["ſ"], "repl": "<|>ſ<|>"}
{"p": "(a+|b+)*", "s": "aab", "subs": [["aab", "b"]], "split": ["", ""], "repl": "<b|aab>"}
{"p": "(a+|b+)*", "s": "Ab aB", "subs": [["", null], ["b", "b"], ["a", "a"], ["", null]], "split": ["A", " ", "B"], "repl": "<|>A<b|b> <a|a>B<|>"}
{"p": "(a+|b+)*", "s": "\na", "subs": [["", null], ["a", "a"]], "split": ["\n", ""], "repl": "<|>\n<a|a>"}
{"p": "(a+|b+)*", "s": "αβ x", "subs": [["", null], ["", null], ["", null], ["", null], ["", null]], "split": ["α", "β", " ", "x"], "repl": "<|>α<|>β<|> <|>x<|>"}
{"p": "(a+|b+)*", "s": "ΣσςΑα", "subs": [["", null], ["", null], ["", null], ["", null], ["", null], ["", null]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(a+|b+)*", "s": "ab\n", "subs": [["ab", "b"], ["", null]], "split": ["", "\n"], "repl": "<b|ab>\n<|>"}
{"p": "(a+|b+)*", "s": "ab", "subs": [["ab", "b"]], "split": ["", ""], "repl": "<b|ab>"}
{"p": "x*|y", "s": "abcd", "subs": [[""], [""], [""], [""], [""]], "split": ["a", "b", "c", "d"], "repl": "<|>a<|>b<|>c<|>d<|>"}
{"p": "x*|y", "s": "\na", "subs": [[""], [""], [""]], "split": ["\n", "a"], "repl": "<|>\n<|>a<|>"}
{"p": "x*|y", "s": "ab\n", "subs": [[""], [""], [""], [""]], "split": ["a", "b", "\n"], "repl": "<|>a<|>b<|>\n<|>"}
{"p": "x*|y", "s": "KkSsſK", "subs": [[""], [""], [""], [""], [""], [""], [""]], "split": ["K", "k", "S", "s", "ſ", "K"], "repl": "<|>K<|>k<|>S<|>s<|>ſ<|>K<|>"}
{"p": "x*|y", "s": "a+b=c!", "subs": [[""], [""], [""], [""], [""], [""], [""]], "split": ["a", "+", "b", "=", "c", "!"], "repl": "<|>a<|>+<|>b<|>=<|>c<|>!<|>"}
{"p": "x*|y", "s": "Ab aB", "subs": [[""], [""], [""], [""], [""], [""]], "split": ["A", "b", " ", "a", "B"], "repl": "<|>A<|>b<|> <|>a<|>B<|>"}
{"p": "x*|y", "s": "abab", "subs": [[""], [""], [""], [""], [""]], "split": ["a", "b", "a", "b"], "repl": "<|>a<|>b<|>a<|>b<|>"}
{"p": "x*|y", "s": "s", "subs": [[""], [""]], "split": ["s"], "repl": "<|>s<|>"}
{"p": "x*|y", "s": "ab", "subs": [[""], [""], [""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?U)(a*)(a*)", "s": "k", "subs": [["", "", ""], ["", "", ""]], "split": ["k"], "repl": "<|>k<|>"}
{"p": "(?U)(a*)(a*)", "s": "acd", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["a", "c", "d"], "repl": "<|>a<|>c<|>d<|>"}
{"p": "(?U)(a*)(a*)", "s": "ÅåÅ", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["Å", "å", "Å"], "repl": "<|>Å<|>å<|>Å<|>"}
{"p": "(?U)(a*)(a*)", "s": "abcd", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["a", "b", "c", "d"], "repl": "<|>a<|>b<|>c<|>d<|>"}
{"p": "(?U)(a*)(a*)", "s": "abababab\nbaba", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["a", "b", "a", "b", "a", "b", "a", "b", "\n", "b", "a", "b", "a"], "repl": "<|>a<|>b<|>a<|>b<|>a<|>b<|>a<|>b<|>\n<|>b<|>a<|>b<|>a<|>"}
{"p": "(?U)(a*)(a*)", "s": "aaaa", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["a", "a", "a", "a"], "repl": "<|>a<|>a<|>a<|>a<|>"}
{"p": "(?U)(a*)(a*)", "s": "ΣσςΑα", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["Σ", "σ", "ς", "Α", "α"], "repl": "<|>Σ<|>σ<|>ς<|>Α<|>α<|>"}
{"p": "(?U)(a*)(a*)", "s": "bbb", "subs": [["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]], "split": ["b", "b", "b"], "repl": "<|>b<|>b<|>b<|>"}
{"p": "(?U)(a*)(a*)", "s": "ab", "subs": [["", "", ""], ["", "", ""], ["", "", ""]], "split": ["a", "b"], "repl": "<|>a<|>b<|>"}
{"p": "(?U)a+?", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "(?U)a+?", "s": "k", "subs": [], "split": ["k"], "repl": "k"}
{"p": "(?U)a+?", "s": "µΜμ", "subs": [], "split": ["µΜμ"], "repl": "µΜμ"}
{"p": "(?U)a+?", "s": "ΣσςΑα", "subs": [], "split": ["ΣσςΑα"], "repl": "ΣσςΑα"}
{"p": "(?U)a+?", "s": "a\nb", "subs": [["a"]], "split": ["", "\nb"], "repl": "<|a>\nb"}
{"p": "(?U)a+?", "s": "Σς", "subs": [], "split": ["Σς"], "repl": "Σς"}
{"p": "(?U)a+?", "s": "acd", "subs": [["a"]], "split": ["", "cd"], "repl": "<|a>cd"}
{"p": "(?U)a+?", "s": "aaaa", "subs": [["aaaa"]], "split": ["", ""], "repl": "<|aaaa>"}
{"p": "(?U)a+?", "s": "ab", "subs": [["a"]], "split": ["", "b"], "repl": "<|a>b"}
{"p": "a{1000}", "s": "aaaaaaaaab", "subs": [], "split": ["aaaaaaaaab"], "repl": "aaaaaaaaab"}
{"p": "a{1000}", "s": "\n\n", "subs": [], "split": ["\n\n"], "repl": "\n\n"}
{"p": "a{1000}", "s": "acd", "subs": [], "split": ["acd"], "repl": "acd"}
{"p": "a{1000}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "a{1000}", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "a{1000}", "s": "s", "subs": [], "split": ["s"], "repl": "s"}
{"p": "a{1000}", "s": "ΣσςΑα", "subs": [], "split": ["ΣσςΑα"], "repl": "ΣσςΑα"}
{"p": "a{1000}", "s": "é", "subs": [], "split": ["é"], "repl": "é"}
{"p": "a{1000}", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?i)[^k]", "s": "😀😁x", "subs": [["😀"], ["😁"], ["x"]], "split": ["", "", "", ""], "repl": "<|😀><|😁><|x>"}
{"p": "(?i)[^k]", "s": "Σς", "subs": [["Σ"], ["ς"]], "split": ["", "", ""], "repl": "<|Σ><|ς>"}
{"p": "(?i)[^k]", "s": "aaaaaaaaab", "subs": [["a"], ["a"], ["a"], ["a"], ["a"], ["a"], ["a"], ["a"], ["a"], ["b"]], "split": ["", "", "", "", "", "", "", "", "", "", ""], "repl": "<|a><|a><|a><|a><|a><|a><|a><|a><|a><|b>"}
{"p": "(?i)[^k]", "s": "Привет мир", "subs": [["П"], ["р"], ["и"], ["в"], ["е"], ["т"], [" "], ["м"], ["и"], ["р"]], "split": ["", "", "", "", "", "", "", "", "", "", ""], "repl": "<|П><|р><|и><|в><|е><|т><| ><|м><|и><|р>"}
{"p": "(?i)[^k]", "s": "1a2", "subs": [["1"], ["a"], ["2"]], "split": ["", "", "", ""], "repl": "<|1><|a><|2>"}
{"p": "(?i)[^k]", "s": "\n\n", "subs": [["\n"], ["\n"]], "split": ["", "", ""], "repl": "<|\n><|\n>"}
{"p": "(?i)[^k]", "s": "", "subs": [], "split": [""], "repl": ""}
{"p": "(?i)[^k]", "s": "A", "subs": [["A"]], "split": ["", ""], "repl": "<|A>"}
{"p": "(?i)[^k]", "s": "ab", "subs": [["a"], ["b"]], "split": ["", "", ""], "repl": "<|a><|b>"}
{"p": "[^\\x00-\\x{10FFFF}]", "s": "😀😁x", "subs": [], "split": ["😀😁x"], "repl": "😀😁x"}
{"p": "[^\\x00-\\x{10FFFF}]", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "[^\\x00-\\x{10FFFF}]", "s": "ſ", "subs": [], "split": ["ſ"], "repl": "ſ"}
{"p": "[^\\x00-\\x{10FFFF}]", "s": "x a_b", "subs": [], "split": ["x a_b"], "repl": "x a_b"}
{"p": "[^\\x00-\\x{10FFFF}]", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "[^\\x00-\\x{10FFFF}]", "s": "aaaaaaaaab", "subs": [], "split": ["aaaaaaaaab"], "repl": "aaaaaaaaab"}
{"p": "[^\\x00-\\x{10FFFF}]", "s": "KkSsſK", "subs": [], "split": ["KkSsſK"], "repl": "KkSsſK"}
{"p": "[^\\x00-\\x{10FFFF}]", "s": "abab", "subs": [], "split": ["abab"], "repl": "abab"}
{"p": "[^\\x00-\\x{10FFFF}]", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "(?s).*", "s": "µΜμ", "subs": [["µΜμ"]], "split": ["", ""], "repl": "<|µΜμ>"}
{"p": "(?s).*", "s": "ſSsKkK", "subs": [["ſSsKkK"]], "split": ["", ""], "repl": "<|ſSsKkK>"}
{"p": "(?s).*", "s": "Ab aB", "subs": [["Ab aB"]], "split": ["", ""], "repl": "<|Ab aB>"}
{"p": "(?s).*", "s": "1a2", "subs": [["1a2"]], "split": ["", ""], "repl": "<|1a2>"}
{"p": "(?s).*", "s": "٣4٥", "subs": [["٣4٥"]], "split": ["", ""], "repl": "<|٣4٥>"}
{"p": "(?s).*", "s": "ab", "subs": [["ab"]], "split": ["", ""], "repl": "<|ab>"}
{"p": "(?s).*", "s": "ǄǅǆDž", "subs": [["ǄǅǆDž"]], "split": ["", ""], "repl": "<|ǄǅǆDž>"}
{"p": "(?s).*", "s": "abababab\nbaba", "subs": [["abababab\nbaba"]], "split": ["", ""], "repl": "<|abababab\nbaba>"}
{"p": "(?s).*", "s": "ab", "subs": [["ab"]], "split": ["", ""], "repl": "<|ab>"}
{"p": "(?m)^$", "s": "ſSsKkK", "subs": [], "split": ["ſSsKkK"], "repl": "ſSsKkK"}
{"p": "(?m)^$", "s": "ba", "subs": [], "split": ["ba"], "repl": "ba"}
{"p": "(?m)^$", "s": "ÅåÅ", "subs": [], "split": ["ÅåÅ"], "repl": "ÅåÅ"}
{"p": "(?m)^$", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "(?m)^$", "s": "KkSsſK", "subs": [], "split": ["KkSsſK"], "repl": "KkSsſK"}
{"p": "(?m)^$", "s": "xAxaXa bB_", "subs": [], "split": ["xAxaXa bB_"], "repl": "xAxaXa bB_"}
{"p": "(?m)^$", "s": "abab", "subs": [], "split": ["abab"], "repl": "abab"}
{"p": "(?m)^$", "s": "abcd", "subs": [], "split": ["abcd"], "repl": "abcd"}
{"p": "(?m)^$", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "^$", "s": "a", "subs": [], "split": ["a"], "repl": "a"}
{"p": "^$", "s": "abab", "subs": [], "split": ["abab"], "repl": "abab"}
{"p": "^$", "s": "", "subs": [[""]], "split": [""], "repl": "<|>"}
{"p": "^$", "s": "٣4٥", "subs": [], "split": ["٣4٥"], "repl": "٣4٥"}
{"p": "^$", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "^$", "s": "bbb", "subs": [], "split": ["bbb"], "repl": "bbb"}
{"p": "^$", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "^$", "s": "xAxaXa bB_", "subs": [], "split": ["xAxaXa bB_"], "repl": "xAxaXa bB_"}
{"p": "^$", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
{"p": "$^", "s": "ab ab ab", "subs": [], "split": ["ab ab ab"], "repl": "ab ab ab"}
{"p": "$^", "s": "ab\n", "subs": [], "split": ["ab\n"], "repl": "ab\n"}
{"p": "$^", "s": "ba", "subs": [], "split": ["ba"], "repl": "ba"}
{"p": "$^", "s": "Привет мир", "subs": [], "split": ["Привет мир"], "repl": "Привет мир"}
{"p": "$^", "s": "Ab aB", "subs": [], "split": ["Ab aB"], "repl": "Ab aB"}
{"p": "$^", "s": "ΣσςΑα", "subs": [], "split": ["ΣσςΑα"], "repl": "ΣσςΑα"}
{"p": "$^", "s": "a+b=c!", "subs": [], "split": ["a+b=c!"], "repl": "a+b=c!"}
{"p": "$^", "s": "aaaa", "subs": [], "split": ["aaaa"], "repl": "aaaa"}
{"p": "$^", "s": "ab", "subs": [], "split": ["ab"], "repl": "ab"}
"""#
}
