ALTER TABLE "issued_reports" ADD COLUMN "public_docx" "bytea";--> statement-breakpoint
ALTER TABLE "issued_reports" ADD COLUMN "public_docx_sha256" text;--> statement-breakpoint
ALTER TABLE "issued_reports" ADD COLUMN "public_xlsx" "bytea";--> statement-breakpoint
ALTER TABLE "issued_reports" ADD COLUMN "public_xlsx_sha256" text;--> statement-breakpoint
ALTER TABLE "issued_reports" ADD COLUMN "public_pdf" "bytea";--> statement-breakpoint
ALTER TABLE "issued_reports" ADD COLUMN "public_pdf_sha256" text;