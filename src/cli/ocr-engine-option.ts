/** The --ocr-engine option of extract and convert, with the rule `auto` follows, for --help. */
import { Option } from 'commander';
import { OCR_ENGINE_CHOICES } from '../ocr/engine-choice.js';

export function ocrEngineOption(): Option {
  return new Option(
    '--ocr-engine <engine>',
    'OCR engine: auto picks PaddleOCR (PP-OCRv4, reads Chinese and English scans best and fastest) when the OCR languages are only chi_sim/eng (on a Western page, words it may have read without their accents are read again by tesseract.js deu+fra, which may only add the marks), tesseract.js for any other language [config: auto]',
  ).choices([...OCR_ENGINE_CHOICES]);
}
