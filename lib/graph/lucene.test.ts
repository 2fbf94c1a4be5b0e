import { describe, expect, it } from 'vitest';
import { escapeLucene, foldText, pickMatchedName, toLuceneQuery, toSearchTerms, toTextQuery } from './lucene';

describe('escapeLucene', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^"g"~*?:\\/&&||')).toBe('a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^\\"g\\"\\~\\*\\?\\:\\\\\\/\\&\\&\\|\\|');
  });
});

describe('toLuceneQuery', () => {
  it('folds accents and case, and adds exact, prefix and fuzzy clauses per word', () => {
    expect(foldText('Sécurité ÉTAT')).toBe('securite etat');
    expect(toLuceneQuery('ONUDC')).toBe('+(onudc^3 onudc* onudc~2)');
    expect(toLuceneQuery('Ban Ki-moon')).toBe('+(ban^3 ban* ban~1) +(ki^3 ki*) +(moon^3 moon* moon~1)');
  });

  it('drops syntax characters so user input cannot change the query', () => {
    expect(toSearchTerms('name:"x" OR *')).toEqual(['name', 'x', 'or']);
    expect(toLuceneQuery('  *** ')).toBeNull();
    expect(toLuceneQuery('')).toBeNull();
  });
});

describe('toTextQuery', () => {
  it("requires every word, exact, as a prefix or after an elision (l'Office), without fuzzy clauses", () => {
    expect(toTextQuery('Drogue Ekaterinbourg')).toBe("+(drogue^3 drogue* *\\'drogue*) +(ekaterinbourg^3 ekaterinbourg* *\\'ekaterinbourg*)");
    expect(toTextQuery('text:"x" AND -y')).toBe("+(text^3 text* *\\'text*) +(x^3 x* *\\'x*) +(and^3 and* *\\'and*) +(y^3 y* *\\'y*)");
    expect(toTextQuery(' ?! ')).toBeNull();
  });
});

describe('pickMatchedName', () => {
  it('returns the alias closest to what was typed', () => {
    expect(pickMatchedName('ONUDC', ['UNODC', 'United Nations Office on Drugs and Crime', 'ONUDC'])).toBe('ONUDC');
    expect(pickMatchedName('Ekaterinbourg', ['Ekaterinburg', 'Iekaterinbourg', 'Ekaterinbourg'])).toBe('Ekaterinbourg');
    expect(pickMatchedName('united nat', ['UNODC', 'United Nations Office on Drugs and Crime'])).toBe('United Nations Office on Drugs and Crime');
    expect(pickMatchedName('x', ['Only'])).toBe('Only');
  });
});
