/** The facts extracted from one telling, computed on first use and kept. */
import type { Doc } from '../types.js';
import { quantities, type Quantity } from './quantities.js';
import { clauses, type Clause } from './clauses.js';
import { dates, type DateMention } from './dates.js';
import { places, type Place } from './places.js';
import { inheritScope, sentenceStances, type Stance } from './stance.js';
import { people, type People } from './people.js';
import { speech, type Speech } from './quotes.js';
import { frames, type Frame } from './frames.js';

export class Facts {
  #quantities?: Quantity[];
  #clauses?: Clause[][];
  #dates?: DateMention[];
  #places?: Place[];
  #stances?: Stance[][];
  #people?: People;
  #speech?: Speech;
  #frames?: Frame[][];
  constructor(readonly doc: Doc) {}
  /** names (persons, organisations, places), persons with their mentions and roles */
  get people(): People {
    return (this.#people ??= people(this.doc));
  }
  /** direct quotations and reported speech, with speakers and cues */
  get speech(): Speech {
    return (this.#speech ??= speech(this.doc, this.people));
  }
  get quotes(): Speech['quotes'] {
    return this.speech.quotes;
  }
  /** who did what to whom, clause by clause, for each sentence */
  get frames(): Frame[][] {
    return (this.#frames ??= frames(this.doc, this.clauses, this.people.entities));
  }
  get quantities(): Quantity[] {
    return (this.#quantities ??= quantities(this.doc));
  }
  /** clauses of each sentence */
  get clauses(): Clause[][] {
    return (this.#clauses ??= clauses(this.doc));
  }
  get dates(): DateMention[] {
    return (this.#dates ??= dates(this.doc));
  }
  get places(): Place[] {
    return (this.#places ??= places(this.doc));
  }
  /** polarity, certainty and attribution of each clause of each sentence */
  get stances(): Stance[][] {
    this.#stances ??= this.clauses.map((cs, si) => inheritScope(this.doc, sentenceStances(this.doc, cs, this.doc.sentenceTokens[si]![0])));
    return this.#stances;
  }
}
