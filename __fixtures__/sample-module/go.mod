module example.com/warden-sample

go 1.22

require (
	github.com/google/uuid v1.6.0
	golang.org/x/text v0.14.0
)
