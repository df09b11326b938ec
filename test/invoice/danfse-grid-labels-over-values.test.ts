/**
 * The national DANFSe (the printed form of a Brazilian NFS-e) sets every field as a label over its value in a grid:
 * "Número da NFS-e | Competência | Data e Hora da emissão" over "1187 | 11/2026 | …", each party under its heading
 * ("EMITENTE DA NFS-e" / "Prestador do Serviço", "TOMADOR DO SERVIÇO") with "Nome / Nome Empresarial | E-mail" over the
 * name and the address, the ISS as "ISSQN Apurado" and the total as "Valor Líquido da NFS-e". The name's label had the
 * next label ("E-mail") beside it taken for the name, and none of the other labels was known.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const grid = (y: number, cells: Array<[string, string]>): Draw[] =>
  cells.flatMap(([label, value], k): Draw[] => [{ text: label, x: 12 + 48 * k, y, size: 2.2 }, { text: value, x: 12 + 48 * k, y: y + 3.5, size: 2.6 }]);

const danfse = (issRow: Array<[string, string]>): Draw[] => [
  { text: 'NFS-e', x: 12, y: 8, size: 5 }, { text: 'DANFSe v1.0', x: 80, y: 8, size: 3.5 }, { text: 'Documento Auxiliar da NFS-e', x: 75, y: 12 },
  ...grid(20, [['Número da NFS-e', '20931'], ['Competência da NFS-e', '09/2026'], ['Data e Hora da emissão da NFS-e', '08/09/2026 10:12:03']]),
  { text: 'EMITENTE DA NFS-e', x: 12, y: 30, size: 2.6 },
  ...grid(34, [['Prestador do Serviço', 'CNPJ 31.552.118/0001-07'], ['Inscrição Municipal', '1.228.441-0'], ['Telefone', '(31) 3344-2210']]),
  ...grid(42, [['Nome / Nome Empresarial', 'Serra Verde Jardinagem e Paisagismo Ltda.'], ['', ''], ['E-mail', 'contato@serraverdejardins.com.br']]),
  ...grid(50, [['Endereço', 'Rua dos Timbiras, 1200, Funcionários'], ['', ''], ['Município', 'Belo Horizonte - MG']]),
  { text: 'TOMADOR DO SERVIÇO', x: 12, y: 60, size: 2.6 },
  ...grid(64, [['CNPJ / CPF / NIF', '08.117.446/0001-93'], ['Inscrição Municipal', '-'], ['Telefone', '(31) 3261-0090']]),
  ...grid(72, [['Nome / Nome Empresarial', 'Associação dos Moradores do Bairro Mangabeiras'], ['', ''], ['E-mail', 'tesouraria@amomangabeiras.org.br']]),
  ...grid(80, [['Endereço', 'Avenida Bandeirantes, 455, Mangabeiras'], ['', ''], ['Município', 'Belo Horizonte - MG']]),
  { text: 'TRIBUTAÇÃO MUNICIPAL', x: 12, y: 90, size: 2.6 },
  ...grid(94, issRow),
  { text: 'VALOR TOTAL DA NFS-E', x: 12, y: 104, size: 2.6 },
  ...grid(108, [['Valor do Serviço', 'R$ 6.400,00'], ['Desconto Condicionado', 'R$ 0,00'], ['Valor Líquido da NFS-e', 'R$ 6.400,00']]),
  // (The approximate taxes' grid under it: "Municipais" left of the total's label, its figure reaching under it.)
  { text: 'TOTAIS APROXIMADOS DOS TRIBUTOS', x: 12, y: 116, size: 2.6 },
  { text: 'Federais', x: 12, y: 119.5, size: 2.2 }, { text: 'Municipais', x: 95, y: 119.5, size: 2.2 },
  { text: 'R$ 412,16', x: 12, y: 123, size: 2.6 }, { text: 'R$ 1.192,00', x: 95, y: 123, size: 2.6 },
  { text: 'INFORMAÇÕES COMPLEMENTARES', x: 12, y: 128, size: 2.6 },
  { text: 'Contrato de manutenção de jardins 12/2025, parcela 9 de 12.', x: 12, y: 132, size: 2.6 },
].filter((d) => d.text !== '');

describe('a DANFSe: labels over values', () => {
  it('reads the number, the parties, the ISS and the total', () => {
    // (The withholding's status in a cell of the tax's row of labels: "Retenção do ISSQN | Não Retido".)
    const inv = parseWesternInvoiceText(toPageText(danfse([['BC ISSQN', 'R$ 6.400,00'], ['Retenção do ISSQN', 'Não Retido'], ['ISSQN Apurado', 'R$ 192,00']])));
    expect(inv.number).toBe('20931');
    expect(inv.seller.name).toBe('Serra Verde Jardinagem e Paisagismo Ltda.');
    expect(inv.buyer.name).toBe('Associação dos Moradores do Bairro Mangabeiras');
    expect(inv.totalAmount).toBe(6400);
    expect(inv.taxAmount).toBe(192);
    expect(inv.amount).toBe(6208);
  });

  it('keeps keys in a column with their values beside them', () => {
    const inv = parseWesternInvoiceText(toPageText([
      { text: 'Fornecedor', x: 15, y: 10 }, { text: 'Adquirente', x: 110, y: 10 },
      { text: 'Nome', x: 15, y: 15 }, { text: 'Carpintaria Ribeira, Lda.', x: 40, y: 15 }, { text: 'Nome', x: 110, y: 15 }, { text: 'Junta de Freguesia de Ramalde', x: 135, y: 15 },
      { text: 'NIF', x: 15, y: 20 }, { text: 'PT509118342', x: 40, y: 20 }, { text: 'NIF', x: 110, y: 20 }, { text: 'PT680012446', x: 135, y: 20 },
      { text: 'Fatura FT 2026A/77', x: 15, y: 35 }, { text: 'Data 02/10/2026', x: 110, y: 35 },
      { text: 'Total sem IVA', x: 130, y: 70 }, { text: '1.000,00 €', x: 175, y: 70 },
      { text: 'IVA 23%', x: 130, y: 75 }, { text: '230,00 €', x: 177, y: 75 },
      { text: 'Total a pagar', x: 130, y: 80 }, { text: '1.230,00 €', x: 175, y: 80 },
    ]));
    expect(inv.seller.name).toBe('Carpintaria Ribeira, Lda.');
  });
});
