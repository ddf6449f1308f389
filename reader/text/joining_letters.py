"""arabic-reshaper's letter table, made from Unicode's Joining_Type and
presentation forms, its lam-alef ligatures and the characters it deletes, by
scripts/build_joining_letters.py (do not edit: rebuild).

LETTERS: letter -> (isolated, initial, medial, final): the form the reshaper gives the
letter in each position, "" where it does not join on that side.
"""

LETTERS: dict[str, tuple[str, str, str, str]] = {
    "\u0620": ("\u0620", "\u0620", "\u0620", "\u0620"),  # ARABIC LETTER KASHMIRI YEH
    "\u0621": ("\ufe80", "", "", ""),  # ARABIC LETTER HAMZA
    "\u0622": ("\ufe81", "", "", "\ufe82"),  # ARABIC LETTER ALEF WITH MADDA ABOVE
    "\u0623": ("\ufe83", "", "", "\ufe84"),  # ARABIC LETTER ALEF WITH HAMZA ABOVE
    "\u0624": ("\ufe85", "", "", "\ufe86"),  # ARABIC LETTER WAW WITH HAMZA ABOVE
    "\u0625": ("\ufe87", "", "", "\ufe88"),  # ARABIC LETTER ALEF WITH HAMZA BELOW
    "\u0626": ("\ufe89", "\ufe8b", "\ufe8c", "\ufe8a"),  # ARABIC LETTER YEH WITH HAMZA ABOVE
    "\u0627": ("\ufe8d", "", "", "\ufe8e"),  # ARABIC LETTER ALEF
    "\u0628": ("\ufe8f", "\ufe91", "\ufe92", "\ufe90"),  # ARABIC LETTER BEH
    "\u0629": ("\ufe93", "", "", "\ufe94"),  # ARABIC LETTER TEH MARBUTA
    "\u062a": ("\ufe95", "\ufe97", "\ufe98", "\ufe96"),  # ARABIC LETTER TEH
    "\u062b": ("\ufe99", "\ufe9b", "\ufe9c", "\ufe9a"),  # ARABIC LETTER THEH
    "\u062c": ("\ufe9d", "\ufe9f", "\ufea0", "\ufe9e"),  # ARABIC LETTER JEEM
    "\u062d": ("\ufea1", "\ufea3", "\ufea4", "\ufea2"),  # ARABIC LETTER HAH
    "\u062e": ("\ufea5", "\ufea7", "\ufea8", "\ufea6"),  # ARABIC LETTER KHAH
    "\u062f": ("\ufea9", "", "", "\ufeaa"),  # ARABIC LETTER DAL
    "\u0630": ("\ufeab", "", "", "\ufeac"),  # ARABIC LETTER THAL
    "\u0631": ("\ufead", "", "", "\ufeae"),  # ARABIC LETTER REH
    "\u0632": ("\ufeaf", "", "", "\ufeb0"),  # ARABIC LETTER ZAIN
    "\u0633": ("\ufeb1", "\ufeb3", "\ufeb4", "\ufeb2"),  # ARABIC LETTER SEEN
    "\u0634": ("\ufeb5", "\ufeb7", "\ufeb8", "\ufeb6"),  # ARABIC LETTER SHEEN
    "\u0635": ("\ufeb9", "\ufebb", "\ufebc", "\ufeba"),  # ARABIC LETTER SAD
    "\u0636": ("\ufebd", "\ufebf", "\ufec0", "\ufebe"),  # ARABIC LETTER DAD
    "\u0637": ("\ufec1", "\ufec3", "\ufec4", "\ufec2"),  # ARABIC LETTER TAH
    "\u0638": ("\ufec5", "\ufec7", "\ufec8", "\ufec6"),  # ARABIC LETTER ZAH
    "\u0639": ("\ufec9", "\ufecb", "\ufecc", "\ufeca"),  # ARABIC LETTER AIN
    "\u063a": ("\ufecd", "\ufecf", "\ufed0", "\ufece"),  # ARABIC LETTER GHAIN
    "\u063b": ("\u063b", "\u063b", "\u063b", "\u063b"),  # ARABIC LETTER KEHEH WITH TWO DOTS ABOVE
    "\u063c": ("\u063c", "\u063c", "\u063c", "\u063c"),  # ARABIC LETTER KEHEH WITH THREE DOTS BELOW
    "\u063d": ("\u063d", "\u063d", "\u063d", "\u063d"),  # ARABIC LETTER FARSI YEH WITH INVERTED V
    # ARABIC LETTER FARSI YEH WITH TWO DOTS ABOVE
    "\u063e": ("\u063e", "\u063e", "\u063e", "\u063e"),
    # ARABIC LETTER FARSI YEH WITH THREE DOTS ABOVE
    "\u063f": ("\u063f", "\u063f", "\u063f", "\u063f"),
    "\u0640": ("\u0640", "\u0640", "\u0640", "\u0640"),  # ARABIC TATWEEL
    "\u0641": ("\ufed1", "\ufed3", "\ufed4", "\ufed2"),  # ARABIC LETTER FEH
    "\u0642": ("\ufed5", "\ufed7", "\ufed8", "\ufed6"),  # ARABIC LETTER QAF
    "\u0643": ("\ufed9", "\ufedb", "\ufedc", "\ufeda"),  # ARABIC LETTER KAF
    "\u0644": ("\ufedd", "\ufedf", "\ufee0", "\ufede"),  # ARABIC LETTER LAM
    "\u0645": ("\ufee1", "\ufee3", "\ufee4", "\ufee2"),  # ARABIC LETTER MEEM
    "\u0646": ("\ufee5", "\ufee7", "\ufee8", "\ufee6"),  # ARABIC LETTER NOON
    "\u0647": ("\ufee9", "\ufeeb", "\ufeec", "\ufeea"),  # ARABIC LETTER HEH
    "\u0648": ("\ufeed", "", "", "\ufeee"),  # ARABIC LETTER WAW
    "\u0649": ("\ufeef", "\ufbe8", "\ufbe9", "\ufef0"),  # ARABIC LETTER ALEF MAKSURA
    "\u064a": ("\ufef1", "\ufef3", "\ufef4", "\ufef2"),  # ARABIC LETTER YEH
    "\u066e": ("\u066e", "\u066e", "\u066e", "\u066e"),  # ARABIC LETTER DOTLESS BEH
    "\u066f": ("\u066f", "\u066f", "\u066f", "\u066f"),  # ARABIC LETTER DOTLESS QAF
    "\u0671": ("\ufb50", "", "", "\ufb51"),  # ARABIC LETTER ALEF WASLA
    "\u0672": ("\u0672", "", "", "\u0672"),  # ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE
    "\u0673": ("\u0673", "", "", "\u0673"),  # ARABIC LETTER ALEF WITH WAVY HAMZA BELOW
    "\u0675": ("\u0675", "", "", "\u0675"),  # ARABIC LETTER HIGH HAMZA ALEF
    "\u0676": ("\u0676", "", "", "\u0676"),  # ARABIC LETTER HIGH HAMZA WAW
    "\u0677": ("\ufbdd", "", "", "\u0677"),  # ARABIC LETTER U WITH HAMZA ABOVE
    "\u0678": ("\u0678", "\u0678", "\u0678", "\u0678"),  # ARABIC LETTER HIGH HAMZA YEH
    "\u0679": ("\ufb66", "\ufb68", "\ufb69", "\ufb67"),  # ARABIC LETTER TTEH
    "\u067a": ("\ufb5e", "\ufb60", "\ufb61", "\ufb5f"),  # ARABIC LETTER TTEHEH
    "\u067b": ("\ufb52", "\ufb54", "\ufb55", "\ufb53"),  # ARABIC LETTER BEEH
    "\u067c": ("\u067c", "\u067c", "\u067c", "\u067c"),  # ARABIC LETTER TEH WITH RING
    # ARABIC LETTER TEH WITH THREE DOTS ABOVE DOWNWARDS
    "\u067d": ("\u067d", "\u067d", "\u067d", "\u067d"),
    "\u067e": ("\ufb56", "\ufb58", "\ufb59", "\ufb57"),  # ARABIC LETTER PEH
    "\u067f": ("\ufb62", "\ufb64", "\ufb65", "\ufb63"),  # ARABIC LETTER TEHEH
    "\u0680": ("\ufb5a", "\ufb5c", "\ufb5d", "\ufb5b"),  # ARABIC LETTER BEHEH
    "\u0681": ("\u0681", "\u0681", "\u0681", "\u0681"),  # ARABIC LETTER HAH WITH HAMZA ABOVE
    # ARABIC LETTER HAH WITH TWO DOTS VERTICAL ABOVE
    "\u0682": ("\u0682", "\u0682", "\u0682", "\u0682"),
    "\u0683": ("\ufb76", "\ufb78", "\ufb79", "\ufb77"),  # ARABIC LETTER NYEH
    "\u0684": ("\ufb72", "\ufb74", "\ufb75", "\ufb73"),  # ARABIC LETTER DYEH
    "\u0685": ("\u0685", "\u0685", "\u0685", "\u0685"),  # ARABIC LETTER HAH WITH THREE DOTS ABOVE
    "\u0686": ("\ufb7a", "\ufb7c", "\ufb7d", "\ufb7b"),  # ARABIC LETTER TCHEH
    "\u0687": ("\ufb7e", "\ufb80", "\ufb81", "\ufb7f"),  # ARABIC LETTER TCHEHEH
    "\u0688": ("\ufb88", "", "", "\ufb89"),  # ARABIC LETTER DDAL
    "\u0689": ("\u0689", "", "", "\u0689"),  # ARABIC LETTER DAL WITH RING
    "\u068a": ("\u068a", "", "", "\u068a"),  # ARABIC LETTER DAL WITH DOT BELOW
    "\u068b": ("\u068b", "", "", "\u068b"),  # ARABIC LETTER DAL WITH DOT BELOW AND SMALL TAH
    "\u068c": ("\ufb84", "", "", "\ufb85"),  # ARABIC LETTER DAHAL
    "\u068d": ("\ufb82", "", "", "\ufb83"),  # ARABIC LETTER DDAHAL
    "\u068e": ("\ufb86", "", "", "\ufb87"),  # ARABIC LETTER DUL
    "\u068f": ("\u068f", "", "", "\u068f"),  # ARABIC LETTER DAL WITH THREE DOTS ABOVE DOWNWARDS
    "\u0690": ("\u0690", "", "", "\u0690"),  # ARABIC LETTER DAL WITH FOUR DOTS ABOVE
    "\u0691": ("\ufb8c", "", "", "\ufb8d"),  # ARABIC LETTER RREH
    "\u0692": ("\u0692", "", "", "\u0692"),  # ARABIC LETTER REH WITH SMALL V
    "\u0693": ("\u0693", "", "", "\u0693"),  # ARABIC LETTER REH WITH RING
    "\u0694": ("\u0694", "", "", "\u0694"),  # ARABIC LETTER REH WITH DOT BELOW
    "\u0695": ("\u0695", "", "", "\u0695"),  # ARABIC LETTER REH WITH SMALL V BELOW
    "\u0696": ("\u0696", "", "", "\u0696"),  # ARABIC LETTER REH WITH DOT BELOW AND DOT ABOVE
    "\u0697": ("\u0697", "", "", "\u0697"),  # ARABIC LETTER REH WITH TWO DOTS ABOVE
    "\u0698": ("\ufb8a", "", "", "\ufb8b"),  # ARABIC LETTER JEH
    "\u0699": ("\u0699", "", "", "\u0699"),  # ARABIC LETTER REH WITH FOUR DOTS ABOVE
    # ARABIC LETTER SEEN WITH DOT BELOW AND DOT ABOVE
    "\u069a": ("\u069a", "\u069a", "\u069a", "\u069a"),
    "\u069b": ("\u069b", "\u069b", "\u069b", "\u069b"),  # ARABIC LETTER SEEN WITH THREE DOTS BELOW
    # ARABIC LETTER SEEN WITH THREE DOTS BELOW AND THREE DOTS ABOVE
    "\u069c": ("\u069c", "\u069c", "\u069c", "\u069c"),
    "\u069d": ("\u069d", "\u069d", "\u069d", "\u069d"),  # ARABIC LETTER SAD WITH TWO DOTS BELOW
    "\u069e": ("\u069e", "\u069e", "\u069e", "\u069e"),  # ARABIC LETTER SAD WITH THREE DOTS ABOVE
    "\u069f": ("\u069f", "\u069f", "\u069f", "\u069f"),  # ARABIC LETTER TAH WITH THREE DOTS ABOVE
    "\u06a0": ("\u06a0", "\u06a0", "\u06a0", "\u06a0"),  # ARABIC LETTER AIN WITH THREE DOTS ABOVE
    "\u06a1": ("\u06a1", "\u06a1", "\u06a1", "\u06a1"),  # ARABIC LETTER DOTLESS FEH
    "\u06a2": ("\u06a2", "\u06a2", "\u06a2", "\u06a2"),  # ARABIC LETTER FEH WITH DOT MOVED BELOW
    "\u06a3": ("\u06a3", "\u06a3", "\u06a3", "\u06a3"),  # ARABIC LETTER FEH WITH DOT BELOW
    "\u06a4": ("\ufb6a", "\ufb6c", "\ufb6d", "\ufb6b"),  # ARABIC LETTER VEH
    "\u06a5": ("\u06a5", "\u06a5", "\u06a5", "\u06a5"),  # ARABIC LETTER FEH WITH THREE DOTS BELOW
    "\u06a6": ("\ufb6e", "\ufb70", "\ufb71", "\ufb6f"),  # ARABIC LETTER PEHEH
    "\u06a7": ("\u06a7", "\u06a7", "\u06a7", "\u06a7"),  # ARABIC LETTER QAF WITH DOT ABOVE
    "\u06a8": ("\u06a8", "\u06a8", "\u06a8", "\u06a8"),  # ARABIC LETTER QAF WITH THREE DOTS ABOVE
    "\u06a9": ("\ufb8e", "\ufb90", "\ufb91", "\ufb8f"),  # ARABIC LETTER KEHEH
    "\u06aa": ("\u06aa", "\u06aa", "\u06aa", "\u06aa"),  # ARABIC LETTER SWASH KAF
    "\u06ab": ("\u06ab", "\u06ab", "\u06ab", "\u06ab"),  # ARABIC LETTER KAF WITH RING
    "\u06ac": ("\u06ac", "\u06ac", "\u06ac", "\u06ac"),  # ARABIC LETTER KAF WITH DOT ABOVE
    "\u06ad": ("\ufbd3", "\ufbd5", "\ufbd6", "\ufbd4"),  # ARABIC LETTER NG
    "\u06ae": ("\u06ae", "\u06ae", "\u06ae", "\u06ae"),  # ARABIC LETTER KAF WITH THREE DOTS BELOW
    "\u06af": ("\ufb92", "\ufb94", "\ufb95", "\ufb93"),  # ARABIC LETTER GAF
    "\u06b0": ("\u06b0", "\u06b0", "\u06b0", "\u06b0"),  # ARABIC LETTER GAF WITH RING
    "\u06b1": ("\ufb9a", "\ufb9c", "\ufb9d", "\ufb9b"),  # ARABIC LETTER NGOEH
    "\u06b2": ("\u06b2", "\u06b2", "\u06b2", "\u06b2"),  # ARABIC LETTER GAF WITH TWO DOTS BELOW
    "\u06b3": ("\ufb96", "\ufb98", "\ufb99", "\ufb97"),  # ARABIC LETTER GUEH
    "\u06b4": ("\u06b4", "\u06b4", "\u06b4", "\u06b4"),  # ARABIC LETTER GAF WITH THREE DOTS ABOVE
    "\u06b5": ("\u06b5", "\u06b5", "\u06b5", "\u06b5"),  # ARABIC LETTER LAM WITH SMALL V
    "\u06b6": ("\u06b6", "\u06b6", "\u06b6", "\u06b6"),  # ARABIC LETTER LAM WITH DOT ABOVE
    "\u06b7": ("\u06b7", "\u06b7", "\u06b7", "\u06b7"),  # ARABIC LETTER LAM WITH THREE DOTS ABOVE
    "\u06b8": ("\u06b8", "\u06b8", "\u06b8", "\u06b8"),  # ARABIC LETTER LAM WITH THREE DOTS BELOW
    "\u06b9": ("\u06b9", "\u06b9", "\u06b9", "\u06b9"),  # ARABIC LETTER NOON WITH DOT BELOW
    "\u06ba": ("\ufb9e", "\u06ba", "\u06ba", "\ufb9f"),  # ARABIC LETTER NOON GHUNNA
    "\u06bb": ("\ufba0", "\ufba2", "\ufba3", "\ufba1"),  # ARABIC LETTER RNOON
    "\u06bc": ("\u06bc", "\u06bc", "\u06bc", "\u06bc"),  # ARABIC LETTER NOON WITH RING
    "\u06bd": ("\u06bd", "\u06bd", "\u06bd", "\u06bd"),  # ARABIC LETTER NOON WITH THREE DOTS ABOVE
    "\u06be": ("\ufbaa", "\ufbac", "\ufbad", "\ufbab"),  # ARABIC LETTER HEH DOACHASHMEE
    "\u06bf": ("\u06bf", "\u06bf", "\u06bf", "\u06bf"),  # ARABIC LETTER TCHEH WITH DOT ABOVE
    "\u06c0": ("\ufba4", "", "", "\ufba5"),  # ARABIC LETTER HEH WITH YEH ABOVE
    "\u06c1": ("\ufba6", "\ufba8", "\ufba9", "\ufba7"),  # ARABIC LETTER HEH GOAL
    "\u06c2": ("\u06c2", "\u06c2", "\u06c2", "\u06c2"),  # ARABIC LETTER HEH GOAL WITH HAMZA ABOVE
    "\u06c3": ("\u06c3", "", "", "\u06c3"),  # ARABIC LETTER TEH MARBUTA GOAL
    "\u06c4": ("\u06c4", "", "", "\u06c4"),  # ARABIC LETTER WAW WITH RING
    "\u06c5": ("\ufbe0", "", "", "\ufbe1"),  # ARABIC LETTER KIRGHIZ OE
    "\u06c6": ("\ufbd9", "", "", "\ufbda"),  # ARABIC LETTER OE
    "\u06c7": ("\ufbd7", "", "", "\ufbd8"),  # ARABIC LETTER U
    "\u06c8": ("\ufbdb", "", "", "\ufbdc"),  # ARABIC LETTER YU
    "\u06c9": ("\ufbe2", "", "", "\ufbe3"),  # ARABIC LETTER KIRGHIZ YU
    "\u06ca": ("\u06ca", "", "", "\u06ca"),  # ARABIC LETTER WAW WITH TWO DOTS ABOVE
    "\u06cb": ("\ufbde", "", "", "\ufbdf"),  # ARABIC LETTER VE
    "\u06cc": ("\ufbfc", "\ufbfe", "\ufbff", "\ufbfd"),  # ARABIC LETTER FARSI YEH
    "\u06cd": ("\u06cd", "", "", "\u06cd"),  # ARABIC LETTER YEH WITH TAIL
    "\u06ce": ("\u06ce", "\u06ce", "\u06ce", "\u06ce"),  # ARABIC LETTER YEH WITH SMALL V
    "\u06cf": ("\u06cf", "", "", "\u06cf"),  # ARABIC LETTER WAW WITH DOT ABOVE
    "\u06d0": ("\ufbe4", "\ufbe6", "\ufbe7", "\ufbe5"),  # ARABIC LETTER E
    "\u06d1": ("\u06d1", "\u06d1", "\u06d1", "\u06d1"),  # ARABIC LETTER YEH WITH THREE DOTS BELOW
    "\u06d2": ("\ufbae", "", "", "\ufbaf"),  # ARABIC LETTER YEH BARREE
    "\u06d3": ("\ufbb0", "", "", "\ufbb1"),  # ARABIC LETTER YEH BARREE WITH HAMZA ABOVE
    "\u06d5": ("\u06d5", "", "", "\u06d5"),  # ARABIC LETTER AE
    "\u06ee": ("\u06ee", "", "", "\u06ee"),  # ARABIC LETTER DAL WITH INVERTED V
    "\u06ef": ("\u06ef", "", "", "\u06ef"),  # ARABIC LETTER REH WITH INVERTED V
    "\u06fa": ("\u06fa", "\u06fa", "\u06fa", "\u06fa"),  # ARABIC LETTER SHEEN WITH DOT BELOW
    "\u06fb": ("\u06fb", "\u06fb", "\u06fb", "\u06fb"),  # ARABIC LETTER DAD WITH DOT BELOW
    "\u06fc": ("\u06fc", "\u06fc", "\u06fc", "\u06fc"),  # ARABIC LETTER GHAIN WITH DOT BELOW
    "\u06ff": ("\u06ff", "\u06ff", "\u06ff", "\u06ff"),  # ARABIC LETTER HEH WITH INVERTED V
    # ARABIC LETTER BEH WITH THREE DOTS HORIZONTALLY BELOW
    "\u0750": ("\u0750", "\u0750", "\u0750", "\u0750"),
    # ARABIC LETTER BEH WITH DOT BELOW AND THREE DOTS ABOVE
    "\u0751": ("\u0751", "\u0751", "\u0751", "\u0751"),
    # ARABIC LETTER BEH WITH THREE DOTS POINTING UPWARDS BELOW
    "\u0752": ("\u0752", "\u0752", "\u0752", "\u0752"),
    # ARABIC LETTER BEH WITH THREE DOTS POINTING UPWARDS BELOW AND TWO DOTS ABOVE
    "\u0753": ("\u0753", "\u0753", "\u0753", "\u0753"),
    # ARABIC LETTER BEH WITH TWO DOTS BELOW AND DOT ABOVE
    "\u0754": ("\u0754", "\u0754", "\u0754", "\u0754"),
    # ARABIC LETTER BEH WITH INVERTED SMALL V BELOW
    "\u0755": ("\u0755", "\u0755", "\u0755", "\u0755"),
    "\u0756": ("\u0756", "\u0756", "\u0756", "\u0756"),  # ARABIC LETTER BEH WITH SMALL V
    "\u0757": ("\u0757", "\u0757", "\u0757", "\u0757"),  # ARABIC LETTER HAH WITH TWO DOTS ABOVE
    # ARABIC LETTER HAH WITH THREE DOTS POINTING UPWARDS BELOW
    "\u0758": ("\u0758", "\u0758", "\u0758", "\u0758"),
    # ARABIC LETTER DAL WITH TWO DOTS VERTICALLY BELOW AND SMALL TAH
    "\u0759": ("\u0759", "", "", "\u0759"),
    "\u075a": ("\u075a", "", "", "\u075a"),  # ARABIC LETTER DAL WITH INVERTED SMALL V BELOW
    "\u075b": ("\u075b", "", "", "\u075b"),  # ARABIC LETTER REH WITH STROKE
    "\u075c": ("\u075c", "\u075c", "\u075c", "\u075c"),  # ARABIC LETTER SEEN WITH FOUR DOTS ABOVE
    "\u075d": ("\u075d", "\u075d", "\u075d", "\u075d"),  # ARABIC LETTER AIN WITH TWO DOTS ABOVE
    # ARABIC LETTER AIN WITH THREE DOTS POINTING DOWNWARDS ABOVE
    "\u075e": ("\u075e", "\u075e", "\u075e", "\u075e"),
    # ARABIC LETTER AIN WITH TWO DOTS VERTICALLY ABOVE
    "\u075f": ("\u075f", "\u075f", "\u075f", "\u075f"),
    "\u0760": ("\u0760", "\u0760", "\u0760", "\u0760"),  # ARABIC LETTER FEH WITH TWO DOTS BELOW
    # ARABIC LETTER FEH WITH THREE DOTS POINTING UPWARDS BELOW
    "\u0761": ("\u0761", "\u0761", "\u0761", "\u0761"),
    "\u0762": ("\u0762", "\u0762", "\u0762", "\u0762"),  # ARABIC LETTER KEHEH WITH DOT ABOVE
    "\u0763": ("\u0763", "\u0763", "\u0763", "\u0763"),  # ARABIC LETTER KEHEH WITH THREE DOTS ABOVE
    # ARABIC LETTER KEHEH WITH THREE DOTS POINTING UPWARDS BELOW
    "\u0764": ("\u0764", "\u0764", "\u0764", "\u0764"),
    "\u0765": ("\u0765", "\u0765", "\u0765", "\u0765"),  # ARABIC LETTER MEEM WITH DOT ABOVE
    "\u0766": ("\u0766", "\u0766", "\u0766", "\u0766"),  # ARABIC LETTER MEEM WITH DOT BELOW
    "\u0767": ("\u0767", "\u0767", "\u0767", "\u0767"),  # ARABIC LETTER NOON WITH TWO DOTS BELOW
    "\u0768": ("\u0768", "\u0768", "\u0768", "\u0768"),  # ARABIC LETTER NOON WITH SMALL TAH
    "\u0769": ("\u0769", "\u0769", "\u0769", "\u0769"),  # ARABIC LETTER NOON WITH SMALL V
    "\u076a": ("\u076a", "\u076a", "\u076a", "\u076a"),  # ARABIC LETTER LAM WITH BAR
    "\u076b": ("\u076b", "", "", "\u076b"),  # ARABIC LETTER REH WITH TWO DOTS VERTICALLY ABOVE
    "\u076c": ("\u076c", "", "", "\u076c"),  # ARABIC LETTER REH WITH HAMZA ABOVE
    # ARABIC LETTER SEEN WITH TWO DOTS VERTICALLY ABOVE
    "\u076d": ("\u076d", "\u076d", "\u076d", "\u076d"),
    # ARABIC LETTER HAH WITH SMALL ARABIC LETTER TAH BELOW
    "\u076e": ("\u076e", "\u076e", "\u076e", "\u076e"),
    # ARABIC LETTER HAH WITH SMALL ARABIC LETTER TAH AND TWO DOTS
    "\u076f": ("\u076f", "\u076f", "\u076f", "\u076f"),
    # ARABIC LETTER SEEN WITH SMALL ARABIC LETTER TAH AND TWO DOTS
    "\u0770": ("\u0770", "\u0770", "\u0770", "\u0770"),
    # ARABIC LETTER REH WITH SMALL ARABIC LETTER TAH AND TWO DOTS
    "\u0771": ("\u0771", "", "", "\u0771"),
    # ARABIC LETTER HAH WITH SMALL ARABIC LETTER TAH ABOVE
    "\u0772": ("\u0772", "\u0772", "\u0772", "\u0772"),
    # ARABIC LETTER ALEF WITH EXTENDED ARABIC-INDIC DIGIT TWO ABOVE
    "\u0773": ("\u0773", "", "", "\u0773"),
    # ARABIC LETTER ALEF WITH EXTENDED ARABIC-INDIC DIGIT THREE ABOVE
    "\u0774": ("\u0774", "", "", "\u0774"),
    # ARABIC LETTER FARSI YEH WITH EXTENDED ARABIC-INDIC DIGIT TWO ABOVE
    "\u0775": ("\u0775", "\u0775", "\u0775", "\u0775"),
    # ARABIC LETTER FARSI YEH WITH EXTENDED ARABIC-INDIC DIGIT THREE ABOVE
    "\u0776": ("\u0776", "\u0776", "\u0776", "\u0776"),
    # ARABIC LETTER FARSI YEH WITH EXTENDED ARABIC-INDIC DIGIT FOUR BELOW
    "\u0777": ("\u0777", "\u0777", "\u0777", "\u0777"),
    # ARABIC LETTER WAW WITH EXTENDED ARABIC-INDIC DIGIT TWO ABOVE
    "\u0778": ("\u0778", "", "", "\u0778"),
    # ARABIC LETTER WAW WITH EXTENDED ARABIC-INDIC DIGIT THREE ABOVE
    "\u0779": ("\u0779", "", "", "\u0779"),
    # ARABIC LETTER YEH BARREE WITH EXTENDED ARABIC-INDIC DIGIT TWO ABOVE
    "\u077a": ("\u077a", "\u077a", "\u077a", "\u077a"),
    # ARABIC LETTER YEH BARREE WITH EXTENDED ARABIC-INDIC DIGIT THREE ABOVE
    "\u077b": ("\u077b", "\u077b", "\u077b", "\u077b"),
    # ARABIC LETTER HAH WITH EXTENDED ARABIC-INDIC DIGIT FOUR BELOW
    "\u077c": ("\u077c", "\u077c", "\u077c", "\u077c"),
    # ARABIC LETTER SEEN WITH EXTENDED ARABIC-INDIC DIGIT FOUR ABOVE
    "\u077d": ("\u077d", "\u077d", "\u077d", "\u077d"),
    "\u077e": ("\u077e", "\u077e", "\u077e", "\u077e"),  # ARABIC LETTER SEEN WITH INVERTED V
    "\u077f": ("\u077f", "\u077f", "\u077f", "\u077f"),  # ARABIC LETTER KAF WITH TWO DOTS ABOVE
    "\u0870": ("\u0870", "", "", "\u0870"),  # ARABIC LETTER ALEF WITH ATTACHED FATHA
    "\u0871": ("\u0871", "", "", "\u0871"),  # ARABIC LETTER ALEF WITH ATTACHED TOP RIGHT FATHA
    "\u0872": ("\u0872", "", "", "\u0872"),  # ARABIC LETTER ALEF WITH RIGHT MIDDLE STROKE
    "\u0873": ("\u0873", "", "", "\u0873"),  # ARABIC LETTER ALEF WITH LEFT MIDDLE STROKE
    "\u0874": ("\u0874", "", "", "\u0874"),  # ARABIC LETTER ALEF WITH ATTACHED KASRA
    "\u0875": ("\u0875", "", "", "\u0875"),  # ARABIC LETTER ALEF WITH ATTACHED BOTTOM RIGHT KASRA
    "\u0876": ("\u0876", "", "", "\u0876"),  # ARABIC LETTER ALEF WITH ATTACHED ROUND DOT ABOVE
    "\u0877": ("\u0877", "", "", "\u0877"),  # ARABIC LETTER ALEF WITH ATTACHED RIGHT ROUND DOT
    "\u0878": ("\u0878", "", "", "\u0878"),  # ARABIC LETTER ALEF WITH ATTACHED LEFT ROUND DOT
    "\u0879": ("\u0879", "", "", "\u0879"),  # ARABIC LETTER ALEF WITH ATTACHED ROUND DOT BELOW
    "\u087a": ("\u087a", "", "", "\u087a"),  # ARABIC LETTER ALEF WITH DOT ABOVE
    # ARABIC LETTER ALEF WITH ATTACHED TOP RIGHT FATHA AND DOT ABOVE
    "\u087b": ("\u087b", "", "", "\u087b"),
    # ARABIC LETTER ALEF WITH RIGHT MIDDLE STROKE AND DOT ABOVE
    "\u087c": ("\u087c", "", "", "\u087c"),
    # ARABIC LETTER ALEF WITH ATTACHED BOTTOM RIGHT KASRA AND DOT ABOVE
    "\u087d": ("\u087d", "", "", "\u087d"),
    # ARABIC LETTER ALEF WITH ATTACHED TOP RIGHT FATHA AND LEFT RING
    "\u087e": ("\u087e", "", "", "\u087e"),
    # ARABIC LETTER ALEF WITH RIGHT MIDDLE STROKE AND LEFT RING
    "\u087f": ("\u087f", "", "", "\u087f"),
    # ARABIC LETTER ALEF WITH ATTACHED BOTTOM RIGHT KASRA AND LEFT RING
    "\u0880": ("\u0880", "", "", "\u0880"),
    "\u0881": ("\u0881", "", "", "\u0881"),  # ARABIC LETTER ALEF WITH ATTACHED RIGHT HAMZA
    "\u0882": ("\u0882", "", "", "\u0882"),  # ARABIC LETTER ALEF WITH ATTACHED LEFT HAMZA
    "\u0883": ("\u0883", "\u0883", "\u0883", "\u0883"),  # ARABIC TATWEEL WITH OVERSTRUCK HAMZA
    "\u0884": ("\u0884", "\u0884", "\u0884", "\u0884"),  # ARABIC TATWEEL WITH OVERSTRUCK WAW
    "\u0885": ("\u0885", "\u0885", "\u0885", "\u0885"),  # ARABIC TATWEEL WITH TWO DOTS BELOW
    "\u0886": ("\u0886", "\u0886", "\u0886", "\u0886"),  # ARABIC LETTER THIN YEH
    "\u0889": ("\u0889", "\u0889", "\u0889", "\u0889"),  # ARABIC LETTER NOON WITH INVERTED SMALL V
    # ARABIC LETTER HAH WITH INVERTED SMALL V BELOW
    "\u088a": ("\u088a", "\u088a", "\u088a", "\u088a"),
    "\u088b": ("\u088b", "\u088b", "\u088b", "\u088b"),  # ARABIC LETTER TAH WITH DOT BELOW
    "\u088c": ("\u088c", "\u088c", "\u088c", "\u088c"),  # ARABIC LETTER TAH WITH THREE DOTS BELOW
    # ARABIC LETTER KEHEH WITH TWO DOTS VERTICALLY BELOW
    "\u088d": ("\u088d", "\u088d", "\u088d", "\u088d"),
    "\u088e": ("\u088e", "", "", "\u088e"),  # ARABIC VERTICAL TAIL
    "\u088f": ("\u088f", "\u088f", "\u088f", "\u088f"),  # U+088F
    "\u08a0": ("\u08a0", "\u08a0", "\u08a0", "\u08a0"),  # ARABIC LETTER BEH WITH SMALL V BELOW
    "\u08a1": ("\u08a1", "\u08a1", "\u08a1", "\u08a1"),  # ARABIC LETTER BEH WITH HAMZA ABOVE
    "\u08a2": ("\u08a2", "\u08a2", "\u08a2", "\u08a2"),  # ARABIC LETTER JEEM WITH TWO DOTS ABOVE
    "\u08a3": ("\u08a3", "\u08a3", "\u08a3", "\u08a3"),  # ARABIC LETTER TAH WITH TWO DOTS ABOVE
    # ARABIC LETTER FEH WITH DOT BELOW AND THREE DOTS ABOVE
    "\u08a4": ("\u08a4", "\u08a4", "\u08a4", "\u08a4"),
    "\u08a5": ("\u08a5", "\u08a5", "\u08a5", "\u08a5"),  # ARABIC LETTER QAF WITH DOT BELOW
    "\u08a6": ("\u08a6", "\u08a6", "\u08a6", "\u08a6"),  # ARABIC LETTER LAM WITH DOUBLE BAR
    "\u08a7": ("\u08a7", "\u08a7", "\u08a7", "\u08a7"),  # ARABIC LETTER MEEM WITH THREE DOTS ABOVE
    # ARABIC LETTER YEH WITH TWO DOTS BELOW AND HAMZA ABOVE
    "\u08a8": ("\u08a8", "\u08a8", "\u08a8", "\u08a8"),
    # ARABIC LETTER YEH WITH TWO DOTS BELOW AND DOT ABOVE
    "\u08a9": ("\u08a9", "\u08a9", "\u08a9", "\u08a9"),
    "\u08aa": ("\u08aa", "", "", "\u08aa"),  # ARABIC LETTER REH WITH LOOP
    "\u08ab": ("\u08ab", "", "", "\u08ab"),  # ARABIC LETTER WAW WITH DOT WITHIN
    "\u08ac": ("\u08ac", "", "", "\u08ac"),  # ARABIC LETTER ROHINGYA YEH
    "\u08ae": ("\u08ae", "", "", "\u08ae"),  # ARABIC LETTER DAL WITH THREE DOTS BELOW
    "\u08af": ("\u08af", "\u08af", "\u08af", "\u08af"),  # ARABIC LETTER SAD WITH THREE DOTS BELOW
    "\u08b0": ("\u08b0", "\u08b0", "\u08b0", "\u08b0"),  # ARABIC LETTER GAF WITH INVERTED STROKE
    "\u08b1": ("\u08b1", "", "", "\u08b1"),  # ARABIC LETTER STRAIGHT WAW
    "\u08b2": ("\u08b2", "", "", "\u08b2"),  # ARABIC LETTER ZAIN WITH INVERTED V ABOVE
    "\u08b3": ("\u08b3", "\u08b3", "\u08b3", "\u08b3"),  # ARABIC LETTER AIN WITH THREE DOTS BELOW
    "\u08b4": ("\u08b4", "\u08b4", "\u08b4", "\u08b4"),  # ARABIC LETTER KAF WITH DOT BELOW
    # ARABIC LETTER QAF WITH DOT BELOW AND NO DOTS ABOVE
    "\u08b5": ("\u08b5", "\u08b5", "\u08b5", "\u08b5"),
    "\u08b6": ("\u08b6", "\u08b6", "\u08b6", "\u08b6"),  # ARABIC LETTER BEH WITH SMALL MEEM ABOVE
    "\u08b7": ("\u08b7", "\u08b7", "\u08b7", "\u08b7"),  # ARABIC LETTER PEH WITH SMALL MEEM ABOVE
    "\u08b8": ("\u08b8", "\u08b8", "\u08b8", "\u08b8"),  # ARABIC LETTER TEH WITH SMALL TEH ABOVE
    "\u08b9": ("\u08b9", "", "", "\u08b9"),  # ARABIC LETTER REH WITH SMALL NOON ABOVE
    # ARABIC LETTER YEH WITH TWO DOTS BELOW AND SMALL NOON ABOVE
    "\u08ba": ("\u08ba", "\u08ba", "\u08ba", "\u08ba"),
    "\u08bb": ("\u08bb", "\u08bb", "\u08bb", "\u08bb"),  # ARABIC LETTER AFRICAN FEH
    "\u08bc": ("\u08bc", "\u08bc", "\u08bc", "\u08bc"),  # ARABIC LETTER AFRICAN QAF
    "\u08bd": ("\u08bd", "\u08bd", "\u08bd", "\u08bd"),  # ARABIC LETTER AFRICAN NOON
    "\u08be": ("\u08be", "\u08be", "\u08be", "\u08be"),  # ARABIC LETTER PEH WITH SMALL V
    "\u08bf": ("\u08bf", "\u08bf", "\u08bf", "\u08bf"),  # ARABIC LETTER TEH WITH SMALL V
    "\u08c0": ("\u08c0", "\u08c0", "\u08c0", "\u08c0"),  # ARABIC LETTER TTEH WITH SMALL V
    "\u08c1": ("\u08c1", "\u08c1", "\u08c1", "\u08c1"),  # ARABIC LETTER TCHEH WITH SMALL V
    "\u08c2": ("\u08c2", "\u08c2", "\u08c2", "\u08c2"),  # ARABIC LETTER KEHEH WITH SMALL V
    "\u08c3": ("\u08c3", "\u08c3", "\u08c3", "\u08c3"),  # ARABIC LETTER GHAIN WITH THREE DOTS ABOVE
    # ARABIC LETTER AFRICAN QAF WITH THREE DOTS ABOVE
    "\u08c4": ("\u08c4", "\u08c4", "\u08c4", "\u08c4"),
    "\u08c5": ("\u08c5", "\u08c5", "\u08c5", "\u08c5"),  # ARABIC LETTER JEEM WITH THREE DOTS ABOVE
    "\u08c6": ("\u08c6", "\u08c6", "\u08c6", "\u08c6"),  # ARABIC LETTER JEEM WITH THREE DOTS BELOW
    # ARABIC LETTER LAM WITH SMALL ARABIC LETTER TAH ABOVE
    "\u08c7": ("\u08c7", "\u08c7", "\u08c7", "\u08c7"),
    "\u08c8": ("\u08c8", "\u08c8", "\u08c8", "\u08c8"),  # ARABIC LETTER GRAF
    "\U00010ec2": ("\U00010ec2", "", "", "\U00010ec2"),  # U+10EC2
    "\U00010ec3": ("\U00010ec3", "\U00010ec3", "\U00010ec3", "\U00010ec3"),  # U+10EC3
    "\U00010ec4": ("\U00010ec4", "\U00010ec4", "\U00010ec4", "\U00010ec4"),  # U+10EC4
    "\U00010ec6": ("\U00010ec6", "\U00010ec6", "\U00010ec6", "\U00010ec6"),  # U+10EC6
    "\U00010ec7": ("\U00010ec7", "\U00010ec7", "\U00010ec7", "\U00010ec7"),  # U+10EC7
    "\U00010ed9": ("\U00010ed9", "\U00010ed9", "", ""),  # U+10ED9
    "\U00010eda": ("\U00010eda", "\U00010eda", "", ""),  # U+10EDA
    "\U00010edb": ("\U00010edb", "\U00010edb", "", ""),  # U+10EDB
    "\U00010edc": ("\U00010edc", "\U00010edc", "", ""),  # U+10EDC
    "\U00010edd": ("\U00010edd", "\U00010edd", "", ""),  # U+10EDD
    "\U00010ede": ("\U00010ede", "\U00010ede", "", ""),  # U+10EDE
    "\U00010edf": ("\U00010edf", "\U00010edf", "", ""),  # U+10EDF
    "\U00010ee0": ("\U00010ee0", "\U00010ee0", "", ""),  # U+10EE0
    "\U00010ee1": ("\U00010ee1", "\U00010ee1", "", ""),  # U+10EE1
    "\U00010ee2": ("\U00010ee2", "\U00010ee2", "", ""),  # U+10EE2
    "\U00010ee3": ("\U00010ee3", "\U00010ee3", "", ""),  # U+10EE3
    "\U00010ee4": ("\U00010ee4", "\U00010ee4", "", ""),  # U+10EE4
    "\U00010ee5": ("\U00010ee5", "\U00010ee5", "", ""),  # U+10EE5
    "\U00010ee6": ("\U00010ee6", "\U00010ee6", "", ""),  # U+10EE6
    "\U00010ee7": ("\U00010ee7", "\U00010ee7", "", ""),  # U+10EE7
    "\U00010ee8": ("\U00010ee8", "\U00010ee8", "", ""),  # U+10EE8
    "\U00010ee9": ("\U00010ee9", "\U00010ee9", "", ""),  # U+10EE9
    "\U00010eea": ("\U00010eea", "\U00010eea", "", ""),  # U+10EEA
    "\U00010eeb": ("\U00010eeb", "\U00010eeb", "", ""),  # U+10EEB
    "\U00010eec": ("\U00010eec", "\U00010eec", "", ""),  # U+10EEC
    "\U00010eed": ("\U00010eed", "\U00010eed", "", ""),  # U+10EED
    "\U00010eee": ("\U00010eee", "\U00010eee", "", ""),  # U+10EEE
}

LAM_ALEF: dict[str, tuple[str, str]] = {
    "\u0622": ("\ufef5", "\ufef6"),  # LAM WITH ALEF WITH MADDA ABOVE
    "\u0623": ("\ufef7", "\ufef8"),  # LAM WITH ALEF WITH HAMZA ABOVE
    "\u0625": ("\ufef9", "\ufefa"),  # LAM WITH ALEF WITH HAMZA BELOW
    "\u0627": ("\ufefb", "\ufefc"),  # LAM WITH ALEF
}
"""The letter after a lam -> the isolated and final forms of their ligature."""

RESHAPER_DELETES = (
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df"
    "-\u06e8\u06ea-\u06ed\u08d4-\u08e1\u08d4-\u08ed\u08e3"
    "-\u08ff]"
)
"""arabic-reshaper's pattern of what it deletes (harakat, Quranic
marks): a word with one of these goes to the reshaper itself."""
