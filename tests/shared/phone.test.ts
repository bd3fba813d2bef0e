import { expect } from '@open-wc/testing';
import { telUrl } from '../../src/shared/phone.js';
import { parseSafeUrl } from '../../src/shared/safe-url.js';

describe('telUrl', () => {
  it('dials the digits (and +) of a number without an extension', () => {
    expect(telUrl('+1 (907) 555-0142')).to.equal('tel:+19075550142');
    expect(telUrl('555.010.0000')).to.equal('tel:5550100000');
  });

  it('dials up to the 15 digits an international number has, and no more', () => {
    expect(telUrl('+123456789012345')).to.equal('tel:+123456789012345');
    expect(telUrl('+1234567890123456')).to.equal(undefined);
  });

  it('carries an extension as ;ext= (RFC 3966) instead of dialling it', () => {
    expect(telUrl('(555) 010-0000 ext. 12')).to.equal('tel:5550100000;ext=12');
    expect(telUrl('(555) 010-0000 ext 12')).to.equal('tel:5550100000;ext=12');
    expect(telUrl('(555) 010-0000 EXT.12')).to.equal('tel:5550100000;ext=12');
    expect(telUrl('(555) 010-0000 x12')).to.equal('tel:5550100000;ext=12');
    expect(telUrl('(555) 010-0000x 12')).to.equal('tel:5550100000;ext=12');
    expect(telUrl('(555) 010-0000 #12')).to.equal('tel:5550100000;ext=12');
    expect(telUrl('+1 555 010 0000, Extension: 345 ')).to.equal('tel:+15550100000;ext=345');
    expect(telUrl('+1-555-010-0000;ext=12')).to.equal('tel:+15550100000;ext=12');
  });

  it('reads the dashes a word processor writes (non-breaking hyphen, en dash, minus) as dashes', () => {
    expect(telUrl('404\u2011555\u20110100')).to.equal('tel:4045550100');
    expect(telUrl('404\u2013555\u20130100')).to.equal('tel:4045550100');
    expect(telUrl('1\u2212888\u2212CODE\u2212ORG')).to.equal('tel:18882633674');
    // Spaced, or an em dash, it is a separator: what follows is not dialled.
    expect(telUrl('(404) 555-0100 \u2013 9am\u20135pm ET')).to.equal('tel:4045550100');
    expect(telUrl('800-555-0100 \u2014 24/7')).to.equal('tel:8005550100');
    expect(telUrl('404\u2011555\u20110100 \u2013 555\u20110199')).to.equal('tel:4045550100');
  });

  it('dials the letters of a vanity number as a phone keypad has them', () => {
    expect(telUrl('1-888-CODE-ORG')).to.equal('tel:18882633674');
    expect(telUrl('1-800-FLOWERS ext. 4')).to.equal('tel:18003569377;ext=4');
    // Words that are not part of the number are not dialled.
    expect(telUrl('Call 555-0100')).to.equal('tel:5550100');
  });

  it('dials only the first number, not the words, hours or second number after it', () => {
    expect(telUrl('(801) 555-0100, Mon-Fri 9-5')).to.equal('tel:8015550100');
    expect(telUrl('775-555-0100 or 775-555-0199')).to.equal('tel:7755550100');
    expect(telUrl('+1 515 555 0100 (text only after 6pm)')).to.equal('tel:+15155550100');
    expect(telUrl('Office: 404-555-0100 x7, cell 404-555-0101')).to.equal('tel:4045550100;ext=7');
  });

  it('makes no link of text that holds no phone number', () => {
    expect(telUrl('javascript:alert(23)')).to.equal(undefined);
    expect(telUrl('call the office')).to.equal(undefined);
    // Two numbers written as one run of digits: more than E.164's 15 digits is not one number.
    expect(telUrl('404 555 0100 404 555 0101')).to.equal(undefined);
  });

  it('makes a URL that safeUrl keeps as it is', () => {
    for (const phone of ['(555) 010-0000 ext. 12', '+1 (907) 555-0142', 'javascript:alert(1000) x 1']) {
      expect(parseSafeUrl(telUrl(phone))).to.equal(telUrl(phone));
    }
  });
});
