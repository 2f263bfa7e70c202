/**
 * One row of a built-in lineage, as its CSV in `resources/lineage/` holds it (the columns
 * new_code, new_name, old_code, old_name, kind, effective_date, source). Validated by
 * `core/comparison/builtInLineages`.
 *
 * @example
 *   const row: BuiltInLineageRow = { newCode: 'SNV', newName: 'Sở Nội vụ', oldCode: 'SLDTBXH', oldName: 'Sở Lao động - Thương binh và Xã hội', kind: 'merged', effectiveDate: '2025-03-01', source: 'https://…' }
 */
export type BuiltInLineageRow = {
  readonly newCode: string
  readonly newName: string
  readonly oldCode: string
  readonly oldName: string
  readonly kind: string
  readonly effectiveDate: string
  readonly source: string
}

/**
 * Đà Nẵng's 2025 reorganisation: the department mergers of 1 March and 1 May 2025, the agencies,
 * and the districts mapped to the new wards and communes of 1 July 2025, every row with its
 * sources, as `resources/lineage/danang-departments-2025-lineage.csv` (a test keeps them equal).
 * A module and not the CSV: core is pure and reads no files.
 *
 * @example
 *   danangLineage2025.filter((row) => row.newCode === 'SKHCN').map((row) => row.oldCode) // => ['STTTT', 'SKHCN']
 */
export const danangLineage2025: readonly BuiltInLineageRow[] = [
  {
    newCode: 'VP-UBND',
    newName: 'Văn phòng UBND thành phố',
    oldCode: 'VP-UBND',
    oldName: 'Văn phòng UBND thành phố',
    kind: 'unchanged',
    effectiveDate: '2025-03-01',
    source:
      'https://news.laodong.vn/xa-hoi/da-nang-chinh-thuc-sap-xep-don-vi-hanh-chinh-tu-hom-nay-1443715.ldo ; https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm',
  },
  {
    newCode: 'SNV',
    newName: 'Sở Nội vụ',
    oldCode: 'SNV',
    oldName: 'Sở Nội vụ',
    kind: 'merged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm',
  },
  {
    newCode: 'SNV',
    newName: 'Sở Nội vụ',
    oldCode: 'SLDTBXH',
    oldName: 'Sở Lao động - Thương binh và Xã hội',
    kind: 'merged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm',
  },
  {
    newCode: 'STP',
    newName: 'Sở Tư pháp',
    oldCode: 'STP',
    oldName: 'Sở Tư pháp',
    kind: 'unchanged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm',
  },
  {
    newCode: 'STC',
    newName: 'Sở Tài chính',
    oldCode: 'STC',
    oldName: 'Sở Tài chính',
    kind: 'merged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm ; https://congthongtindanang.sdtech.vn/web/eng-dng/-/22nd-session-of-the-10th-people-s-council-key-resolutions-on-organizational-and-structural-streamlining',
  },
  {
    newCode: 'STC',
    newName: 'Sở Tài chính',
    oldCode: 'SKHDT',
    oldName: 'Sở Kế hoạch và Đầu tư',
    kind: 'merged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm ; https://congthongtindanang.sdtech.vn/web/eng-dng/-/22nd-session-of-the-10th-people-s-council-key-resolutions-on-organizational-and-structural-streamlining',
  },
  {
    newCode: 'SCT',
    newName: 'Sở Công Thương',
    oldCode: 'SCT',
    oldName: 'Sở Công Thương',
    kind: 'unchanged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm',
  },
  {
    newCode: 'SNNMT',
    newName: 'Sở Nông nghiệp và Môi trường',
    oldCode: 'SNNPTNT',
    oldName: 'Sở Nông nghiệp và Phát triển nông thôn',
    kind: 'merged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm',
  },
  {
    newCode: 'SNNMT',
    newName: 'Sở Nông nghiệp và Môi trường',
    oldCode: 'STNMT',
    oldName: 'Sở Tài nguyên và Môi trường',
    kind: 'merged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm',
  },
  {
    newCode: 'SXD',
    newName: 'Sở Xây dựng',
    oldCode: 'SGTVT',
    oldName: 'Sở Giao thông vận tải',
    kind: 'merged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm ; https://congthongtindanang.sdtech.vn/web/eng-dng/-/22nd-session-of-the-10th-people-s-council-key-resolutions-on-organizational-and-structural-streamlining',
  },
  {
    newCode: 'SXD',
    newName: 'Sở Xây dựng',
    oldCode: 'SXD',
    oldName: 'Sở Xây dựng',
    kind: 'merged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm ; https://congthongtindanang.sdtech.vn/web/eng-dng/-/22nd-session-of-the-10th-people-s-council-key-resolutions-on-organizational-and-structural-streamlining',
  },
  {
    newCode: 'SKHCN',
    newName: 'Sở Khoa học và Công nghệ',
    oldCode: 'STTTT',
    oldName: 'Sở Thông tin và Truyền thông',
    kind: 'merged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm ; https://ictvietnam.vn/print/69097.html',
  },
  {
    newCode: 'SKHCN',
    newName: 'Sở Khoa học và Công nghệ',
    oldCode: 'SKHCN',
    oldName: 'Sở Khoa học và Công nghệ',
    kind: 'merged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm ; https://ictvietnam.vn/print/69097.html',
  },
  {
    newCode: 'SVHTTDL',
    newName: 'Sở Văn hóa, Thể thao và Du lịch',
    oldCode: 'SVHTT',
    oldName: 'Sở Văn hóa và Thể thao',
    kind: 'merged',
    effectiveDate: '2025-05-01',
    source:
      'https://tuoitrethudo.vn/da-nang-hop-nhat-so-du-lich-voi-so-van-hoa-the-thao-276482.html ; https://tracuuquyhoach.com/tin-tuc/da-nang-thong-qua-nghi-quyet-ve-hop-nhat-tinh-sap-xep-don-vi-hanh-chinh-cap-xa-52085379',
  },
  {
    newCode: 'SVHTTDL',
    newName: 'Sở Văn hóa, Thể thao và Du lịch',
    oldCode: 'SDL',
    oldName: 'Sở Du lịch',
    kind: 'merged',
    effectiveDate: '2025-05-01',
    source:
      'https://tuoitrethudo.vn/da-nang-hop-nhat-so-du-lich-voi-so-van-hoa-the-thao-276482.html ; https://tracuuquyhoach.com/tin-tuc/da-nang-thong-qua-nghi-quyet-ve-hop-nhat-tinh-sap-xep-don-vi-hanh-chinh-cap-xa-52085379',
  },
  {
    newCode: 'SGDDT',
    newName: 'Sở Giáo dục và Đào tạo',
    oldCode: 'SGDDT',
    oldName: 'Sở Giáo dục và Đào tạo',
    kind: 'unchanged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm',
  },
  {
    newCode: 'SYT',
    newName: 'Sở Y tế',
    oldCode: 'SYT',
    oldName: 'Sở Y tế',
    kind: 'unchanged',
    effectiveDate: '2025-03-01',
    source:
      'https://doanhnghieptiepthi.vn/da-nang-thanh-lap-5-so-moi-truc-thuoc-ubnd-thanh-pho-161250220162220648.htm',
  },
  {
    newCode: 'SNGV',
    newName: 'Sở Ngoại vụ',
    oldCode: 'SNGV',
    oldName: 'Sở Ngoại vụ',
    kind: 'unchanged',
    effectiveDate: '2025-03-01',
    source: 'https://tuoitrethudo.vn/da-nang-hop-nhat-so-du-lich-voi-so-van-hoa-the-thao-276482.html',
  },
  {
    newCode: 'TTTP',
    newName: 'Thanh tra thành phố',
    oldCode: 'TTTP',
    oldName: 'Thanh tra thành phố',
    kind: 'unchanged',
    effectiveDate: '2025-03-01',
    source:
      'https://news.laodong.vn/xa-hoi/da-nang-chinh-thuc-sap-xep-don-vi-hanh-chinh-tu-hom-nay-1443715.ldo ; https://news.laodong.vn/thoi-su/da-nang-cong-bo-tan-chanh-thanh-tra-va-giam-doc-so-noi-vu-1618248.ldo',
  },
  {
    newCode: 'BQL-KCNC',
    newName: 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng',
    oldCode: 'BQL-KCNC',
    oldName: 'Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://baodanang.vn/chuyen-cac-khu-cong-nghiep-ngoai-khu-kinh-te-mo-chu-lai-ve-ban-quan-ly-khu-cong-nghe-cao-va-cac-khu-cong-nghiep-da-nang-3299693.html',
  },
  {
    newCode: 'SYT',
    newName: 'Sở Y tế (chi cục trực thuộc)',
    oldCode: 'BQL-ATTP',
    oldName: 'Ban Quản lý An toàn thực phẩm',
    kind: 'dissolved',
    effectiveDate: '2025-11-01',
    source:
      'https://plo.vn/ban-quan-ly-an-toan-thuc-pham-tp-da-nang-giai-the-sau-8-nam-hoat-dong-post876113.html',
  },
  {
    newCode: 'P-HAICHAU',
    newName: 'Phường Hải Châu',
    oldCode: 'Q-HC',
    oldName: 'UBND quận Hải Châu',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://nghean24h.vn/tp-da-nang-co-94-dvhc-cap-xa-gom-23-phuong-70-xa-1-dac-khu-sau-khi-sap-xep-a754167.html',
  },
  {
    newCode: 'P-HOACUONG',
    newName: 'Phường Hòa Cường',
    oldCode: 'Q-HC',
    oldName: 'UBND quận Hải Châu',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://nghean24h.vn/tp-da-nang-co-94-dvhc-cap-xa-gom-23-phuong-70-xa-1-dac-khu-sau-khi-sap-xep-a754167.html',
  },
  {
    newCode: 'P-THANHKHE',
    newName: 'Phường Thanh Khê',
    oldCode: 'Q-TK',
    oldName: 'UBND quận Thanh Khê',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://plo.vn/da-nang-tiep-tuc-giam-con-16-don-vi-hanh-chinh-cap-xa-dac-khu-post846017.html ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-ANKHE',
    newName: 'Phường An Khê',
    oldCode: 'Q-TK',
    oldName: 'UBND quận Thanh Khê',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://trolyluat.vn/bai-viet/phuong-hoa-an-thanh-pho-da-nang-duoc-doi-thanh-ten-gi-tu-172025-2329 ; https://plo.vn/da-nang-tiep-tuc-giam-con-16-don-vi-hanh-chinh-cap-xa-dac-khu-post846017.html',
  },
  {
    newCode: 'P-ANHAI',
    newName: 'Phường An Hải',
    oldCode: 'Q-ST',
    oldName: 'UBND quận Sơn Trà',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://tienphong.vn/da-nang-con-15-phuong-xa-va-1-dac-khu-post1736253.tpo ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-SONTRA',
    newName: 'Phường Sơn Trà',
    oldCode: 'Q-ST',
    oldName: 'UBND quận Sơn Trà',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://tienphong.vn/da-nang-con-15-phuong-xa-va-1-dac-khu-post1736253.tpo ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-NGUHANHSON',
    newName: 'Phường Ngũ Hành Sơn',
    oldCode: 'Q-NHS',
    oldName: 'UBND quận Ngũ Hành Sơn',
    kind: 'dissolved',
    effectiveDate: '2025-07-01',
    source:
      'https://vnexpress.net/da-nang-lai-giam-so-phuong-doi-ten-goi-4877642.html ; https://tienphong.vn/da-nang-con-15-phuong-xa-va-1-dac-khu-post1736253.tpo ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-HOAKHANH',
    newName: 'Phường Hòa Khánh',
    oldCode: 'Q-LC',
    oldName: 'UBND quận Liên Chiểu',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnam.vn/es/da-nang-dieu-chinh-con-16-don-vi-hanh-chinh-cap-xa-phuong-va-dac-khu ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-LIENCHIEU',
    newName: 'Phường Liên Chiểu',
    oldCode: 'Q-LC',
    oldName: 'UBND quận Liên Chiểu',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnam.vn/es/da-nang-dieu-chinh-con-16-don-vi-hanh-chinh-cap-xa-phuong-va-dac-khu ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-HAIVAN',
    newName: 'Phường Hải Vân',
    oldCode: 'Q-LC',
    oldName: 'UBND quận Liên Chiểu',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnam.vn/es/da-nang-dieu-chinh-con-16-don-vi-hanh-chinh-cap-xa-phuong-va-dac-khu ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-CAMLE',
    newName: 'Phường Cẩm Lệ',
    oldCode: 'Q-CL',
    oldName: 'UBND quận Cẩm Lệ',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnam.vn/es/da-nang-dieu-chinh-con-16-don-vi-hanh-chinh-cap-xa-phuong-va-dac-khu ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-ANKHE',
    newName: 'Phường An Khê',
    oldCode: 'Q-CL',
    oldName: 'UBND quận Cẩm Lệ',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://trolyluat.vn/bai-viet/phuong-hoa-an-thanh-pho-da-nang-duoc-doi-thanh-ten-gi-tu-172025-2329 ; https://plo.vn/da-nang-tiep-tuc-giam-con-16-don-vi-hanh-chinh-cap-xa-dac-khu-post846017.html',
  },
  {
    newCode: 'P-HOAXUAN',
    newName: 'Phường Hòa Xuân',
    oldCode: 'Q-CL',
    oldName: 'UBND quận Cẩm Lệ',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnam.vn/es/da-nang-dieu-chinh-con-16-don-vi-hanh-chinh-cap-xa-phuong-va-dac-khu ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'X-HOAVANG',
    newName: 'Xã Hòa Vang',
    oldCode: 'H-HV',
    oldName: 'UBND huyện Hòa Vang',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnam.vn/es/da-nang-dieu-chinh-con-16-don-vi-hanh-chinh-cap-xa-phuong-va-dac-khu ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'X-HOATIEN',
    newName: 'Xã Hòa Tiến',
    oldCode: 'H-HV',
    oldName: 'UBND huyện Hòa Vang',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://www.sggp.org.vn/da-nang-dat-ten-phuong-xa-moi-theo-cac-dia-danh-sau-sap-xep-post791893.html ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-HOAKHANH',
    newName: 'Phường Hòa Khánh',
    oldCode: 'H-HV',
    oldName: 'UBND huyện Hòa Vang',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnam.vn/es/da-nang-dieu-chinh-con-16-don-vi-hanh-chinh-cap-xa-phuong-va-dac-khu ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-LIENCHIEU',
    newName: 'Phường Liên Chiểu',
    oldCode: 'H-HV',
    oldName: 'UBND huyện Hòa Vang',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnam.vn/es/da-nang-dieu-chinh-con-16-don-vi-hanh-chinh-cap-xa-phuong-va-dac-khu ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-HAIVAN',
    newName: 'Phường Hải Vân',
    oldCode: 'H-HV',
    oldName: 'UBND huyện Hòa Vang',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnam.vn/es/da-nang-dieu-chinh-con-16-don-vi-hanh-chinh-cap-xa-phuong-va-dac-khu ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
  {
    newCode: 'P-HOAXUAN',
    newName: 'Phường Hòa Xuân',
    oldCode: 'H-HV',
    oldName: 'UBND huyện Hòa Vang',
    kind: 'split',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnam.vn/es/da-nang-dieu-chinh-con-16-don-vi-hanh-chinh-cap-xa-phuong-va-dac-khu ; https://news.laodong.vn/thoi-su/da-nang-co-dac-khu-hoang-sa-va-23-phuong-70-xa-sau-sap-xep-1524691.ldo',
  },
]
