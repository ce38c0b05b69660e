/**
 * One fact as shown everywhere: the sentence, then where it comes from and, when it is not official,
 * 以官方为准 / 常见说法，以官方为准, and when it was last checked against its source.
 */
Component({
  options: { addGlobalClass: true },
  properties: {
    fact: { type: Object, value: { text: '', source: '', note: '', verifiedOn: '' } },
  },
});
